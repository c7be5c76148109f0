package org.peersupport.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gets real tokens from the demo identity provider the way a person or a risk system
 * would: a person signs in on the login form (authorization code with PKCE, as the
 * {@code demo-cli} client), a risk system uses client credentials. For tests, the load
 * driver and scripts; {@code bin/token} does the same from a shell.
 */
public final class DemoTokens {

	/**
	 * The demo command-line client's registered redirect; nothing needs to listen there.
	 */
	public static final String CLI_REDIRECT = "http://127.0.0.1:8976/callback";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	private final String issuer;

	private DemoTokens(String issuer) {
		this.issuer = issuer;
	}

	/** Tokens from the demo identity provider at this issuer. */
	public static DemoTokens of(String issuer) {
		return new DemoTokens(issuer);
	}

	/** The demo risk system's access token (client credentials). */
	public String riskSystem() {
		String basic = Base64.getEncoder()
			.encodeToString("demo-risk-system:demo-risk-system-secret".getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.issuer + "/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form(Map.of("grant_type", "client_credentials", "scope", "system/AdverseEvent.write")))
			.build();
		return accessToken(send(client(), request));
	}

	/**
	 * A demo user's access token, through the real login form (password {@code demo}).
	 */
	public String user(String username) {
		return user(username, "demo");
	}

	/** A user's access token, through the real login form. */
	public String user(String username, String password) {
		HttpClient browser = client();
		String verifier = randomText();
		String state = UUID.randomUUID().toString();
		String authorize = this.issuer + "/oauth2/authorize?"
				+ query(Map.of("response_type", "code", "client_id", "demo-cli", "redirect_uri", CLI_REDIRECT, "scope",
						"openid", "state", state, "code_challenge", challenge(verifier), "code_challenge_method",
						"S256"));
		String login = location(send(browser, HttpRequest.newBuilder(URI.create(authorize)).build()));
		String page = send(browser, HttpRequest.newBuilder(URI.create(login)).build()).body();
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("the login page has no CSRF token");
		}
		HttpResponse<String> signedIn = send(browser,
				HttpRequest.newBuilder(URI.create(login))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(form(Map.of("username", username, "password", password, "_csrf", csrf.group(1))))
					.build());
		String next = location(signedIn);
		if (next.contains("error")) {
			throw new IllegalStateException("sign-in refused for " + username);
		}
		String callback = location(send(browser, HttpRequest.newBuilder(URI.create(next)).build()));
		Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(callback);
		if (!callback.startsWith(CLI_REDIRECT) || !code.find()) {
			throw new IllegalStateException("no authorization code for " + username);
		}
		HttpRequest exchange = HttpRequest.newBuilder(URI.create(this.issuer + "/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form(Map.of("grant_type", "authorization_code", "code",
					java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), "redirect_uri", CLI_REDIRECT,
					"client_id", "demo-cli", "code_verifier", verifier)))
			.build();
		return accessToken(send(browser, exchange));
	}

	private static HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	private String location(HttpResponse<String> response) {
		String location = response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new IllegalStateException("expected a redirect, got " + response.statusCode()));
		return location.startsWith("/") ? this.issuer + location : location;
	}

	private static String accessToken(HttpResponse<String> response) {
		Matcher matcher = ACCESS_TOKEN.matcher(response.body());
		if (response.statusCode() != 200 || !matcher.find()) {
			throw new IllegalStateException("no access token: HTTP " + response.statusCode());
		}
		return matcher.group(1);
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("the identity provider did not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
		return HttpRequest.BodyPublishers.ofString(query(fields));
	}

	private static String query(Map<String, String> fields) {
		StringBuilder query = new StringBuilder();
		for (Map.Entry<String, String> field : new LinkedHashMap<>(fields).entrySet()) {
			query.append(query.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
		}
		return query.toString();
	}

	private static String randomText() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
