package org.peersupport.security;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.peersupport.testkit.TestIdentity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resource server as every service runs it, against a real JWK set: a token is
 * accepted only when everything about it is right, and every refusal is a 401 or 403
 * problem document, never a 5xx.
 */
// The header limit is the services' default
// (META-INF/peersupport-defaults/security.properties,
// loaded by platform/persistence's PlatformDefaults, which this module does not have).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		classes = TokenValidationIT.ProbeApplication.class, properties = "server.max-http-request-header-size=64KB")
@AutoConfigureWebTestClient
class TokenValidationIT {

	@Autowired
	WebTestClient http;

	@DynamicPropertySource
	static void identity(DynamicPropertyRegistry registry) {
		TestIdentity.get().springProperties().forEach((key, value) -> registry.add(key, () -> value));
	}

	static Stream<Arguments> badTokens() {
		TestIdentity idp = TestIdentity.get();
		String good = idp.clinician("C-1");
		String[] parts = good.split("\\.");
		String tamperedPayload = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"sub\":\"x\",\"staff_id\":\"C-2\"}".getBytes());
		return Stream.of(
				Arguments.of("expired", idp.token().staffId("C-1").expiresAt(Instant.now().minusSeconds(120)).sign()),
				Arguments.of("no expiry", idp.token().staffId("C-1").expiresAt(null).sign()),
				Arguments.of("not yet valid",
						idp.token().staffId("C-1").notBefore(Instant.now().plusSeconds(600)).sign()),
				Arguments.of("wrong issuer", idp.token().staffId("C-1").issuer("http://evil.example").sign()),
				Arguments.of("wrong audience", idp.token().staffId("C-1").audience("another-app").sign()),
				Arguments.of("alg none", idp.token().staffId("C-1").unsigned()),
				Arguments.of("tampered payload", parts[0] + "." + tamperedPayload + "." + parts[2]),
				Arguments.of("key not in the JWK set", idp.token().staffId("C-1").foreignKey().sign()),
				Arguments.of("wrong typ", idp.token().staffId("C-1").type("id_token+jwt").sign()),
				Arguments.of("not a JWT", "hello"), Arguments.of("enormous", "x".repeat(20_000)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badTokens")
	void aBadTokenGetsA401ProblemDocument(String what, String token) {
		this.http.get()
			.uri("/probe/C-1")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(401);
	}

	@Test
	void aGoodTokenNamesTheActorAndAccessTokenTypesAreAccepted() {
		for (String token : new String[] { TestIdentity.get().clinician("C-1"),
				TestIdentity.get().token().staffId("C-1").type("at+jwt").sign() }) {
			this.http.get()
				.uri("/probe/C-1")
				.headers(TestIdentity.bearer(token))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.isEqualTo("C-1");
		}
	}

	@Test
	void anotherPersonsRecordAndAnUnlistedRouteAreRefused() {
		String token = TestIdentity.get().clinician("C-1");
		this.http.get()
			.uri("/probe/C-2")
			.headers(TestIdentity.bearer(token))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		// A route that no rule names is refused even to a valid caller: deny by default.
		this.http.get().uri("/unlisted").headers(TestIdentity.bearer(token)).exchange().expectStatus().isForbidden();
		this.http.get().uri("/unlisted").exchange().expectStatus().isUnauthorized();
		this.http.get()
			.uri("/probe/C-1")
			.headers(TestIdentity.bearer(TestIdentity.get().director()))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void responsesCarryTheSecurityHeaders() {
		HttpHeaders headers = this.http.get()
			.uri("/probe/C-1")
			.headers(TestIdentity.bearer(TestIdentity.get().clinician("C-1")))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders();
		assertThat(headers.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'")
			.contains("default-src 'self'");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
	}

	@Test
	void aCrossOriginRequestIsRefused() {
		this.http.get()
			.uri("/probe/C-1")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.headers(TestIdentity.bearer(TestIdentity.get().clinician("C-1")))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void aSameOriginFormPostUnderNoReferrerIsNotMistakenForACrossOriginOne() {
		// Browsers send "Origin: null" then; the request is judged on its credentials.
		this.http.post()
			.uri("/probe/C-1")
			.header(HttpHeaders.ORIGIN, "null")
			.headers(TestIdentity.bearer(TestIdentity.get().clinician("C-1")))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void aBearerPostNeedsNoCsrfTokenButACookieSessionPostDoes() {
		String token = TestIdentity.get().clinician("C-1");
		this.http.post().uri("/probe/C-1").headers(TestIdentity.bearer(token)).exchange().expectStatus().isOk();
		this.http.post().uri("/probe/C-1").cookie("probe-session", "stolen").exchange().expectStatus().isForbidden();
	}

	/** A one-route service: a person reads their own record. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class ProbeApplication {

		@Bean
		AccessRules probeAccess() {
			return (exchanges) -> exchanges.pathMatchers("/probe/*").hasRole(Role.CLINICIAN.name());
		}

		@Bean
		ProbeController probe() {
			return new ProbeController();
		}

	}

	@RestController
	static class ProbeController {

		@GetMapping("/probe/{staffId}")
		Mono<String> read(@PathVariable String staffId, Actor actor) {
			actor.requireSelf(staffId);
			return Mono.just(actor.staffId());
		}

		@org.springframework.web.bind.annotation.PostMapping("/probe/{staffId}")
		Mono<String> write(@PathVariable String staffId, Actor actor) {
			actor.requireSelf(staffId);
			return Mono.just(Map.of("ok", actor.staffId()).toString());
		}

		@GetMapping("/unlisted")
		Mono<String> unlisted() {
			return Mono.just("open?");
		}

	}

}
