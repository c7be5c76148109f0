package org.peersupport.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every dashboard integration test shares: infrastructure, HTTP clients with real
 * tokens of the test identity provider, and the page sign-in's client registration.
 */
public final class DashboardServer {

	private DashboardServer() {
	}

	/**
	 * The real broker and a fresh database, and a consumer group of the test's own, so
	 * committed offsets of earlier runs never hide records. The group name is fixed once
	 * here (the supplier is called on every lookup).
	 */
	public static void infrastructure(DynamicPropertyRegistry registry, String test) {
		TestInfrastructure.springProperties("dashboard").forEach((key, value) -> registry.add(key, () -> value));
		String group = test + "-" + UUID.randomUUID();
		registry.add("spring.kafka.consumer.group-id", () -> group);
	}

	/**
	 * Turns on the page sign-in (oauth2Login) with a client registration whose provider
	 * is at these addresses; nothing is discovered, so unreachable ones are fine for
	 * tests that never sign in for real.
	 */
	public static void pageSignIn(DynamicPropertyRegistry registry, String authorizationUri, String tokenUri,
			String jwkSetUri) {
		String registration = "spring.security.oauth2.client.registration.peersupport.";
		String provider = "spring.security.oauth2.client.provider.peersupport.";
		registry.add(registration + "client-id", () -> "peersupport-pages");
		registry.add(registration + "client-authentication-method", () -> "none");
		registry.add(registration + "authorization-grant-type", () -> "authorization_code");
		registry.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
		registry.add(registration + "scope", () -> "openid");
		registry.add(provider + "authorization-uri", () -> authorizationUri);
		registry.add(provider + "token-uri", () -> tokenUri);
		registry.add(provider + "jwk-set-uri", () -> jwkSetUri);
		registry.add(provider + "user-name-attribute", () -> "sub");
	}

	/** A client without a token. */
	public static WebTestClient client(int port) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(60))
			.build();
	}

	/** A client that sends this token on every request. */
	public static WebTestClient client(int port, String token) {
		return client(port).mutate().defaultHeaders(TestIdentity.bearer(token)).build();
	}

	/** A program director without a facility limit. */
	public static WebTestClient director(int port) {
		return client(port, TestIdentity.get().director());
	}

	/** Every figure as JSON, for a slice, as an unlimited director sees it. */
	public static String summary(int port, String query) {
		return body(port, "/api/v1/summary" + query);
	}

	/** The body of a 200 answer to an unlimited director. */
	public static String body(int port, String uri) {
		return director(port).get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** What one cell of a summary shows (a number, or "&lt;5" when suppressed). */
	public static String display(String json, String table, String row, int column) {
		List<String> found = JsonPath.read(json,
				"$.tables['" + table + "'].rows[?(@.key=='" + row + "')].cells[" + column + "].display");
		assertThat(found).as(table + "/" + row).hasSize(1);
		return found.get(0);
	}

}
