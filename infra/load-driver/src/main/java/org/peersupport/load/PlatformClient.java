package org.peersupport.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.peersupport.identity.DemoTokens;
import org.peersupport.standalone.RunningPlatform;

/**
 * HTTP to the running platform's services as a demo user, or as the demo risk system,
 * with a real token from the platform's identity provider, fetched again before its five
 * minutes run out. Safe to share between sender threads.
 */
final class PlatformClient {

	/** The caller that posts reports: the demo risk system's client credentials. */
	static final String RISK_SYSTEM = "risk-system";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final RunningPlatform platform;

	private final Map<String, Token> tokens = new ConcurrentHashMap<>();

	PlatformClient(RunningPlatform platform) {
		this.platform = platform;
	}

	HttpResponse<String> get(String service, String path, String user) throws IOException, InterruptedException {
		return send(request(service, path, user).build());
	}

	HttpResponse<String> post(String service, String path, String user, String contentType, String body)
			throws IOException, InterruptedException {
		return send(request(service, path, user).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	HttpResponse<String> put(String service, String path, String user, String contentType, String body)
			throws IOException, InterruptedException {
		return send(request(service, path, user).header("Content-Type", contentType)
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String service, String path, String user) {
		return HttpRequest.newBuilder(URI.create(this.platform.url(service) + path))
			.header("Authorization", "Bearer " + token(user));
	}

	private String token(String user) {
		Token cached = this.tokens.get(user);
		if (cached == null || cached.issued().isBefore(Instant.now().minus(Duration.ofMinutes(3)))) {
			DemoTokens provider = DemoTokens.of(this.platform.issuer());
			cached = new Token(RISK_SYSTEM.equals(user) ? provider.riskSystem() : provider.user(user), Instant.now());
			this.tokens.put(user, cached);
		}
		return cached.token();
	}

	private record Token(String token, Instant issued) {
	}

}
