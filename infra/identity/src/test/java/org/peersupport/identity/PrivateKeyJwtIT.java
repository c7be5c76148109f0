package org.peersupport.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peersupport.identity.DemoIdentityServerIT.form;
import static org.peersupport.identity.DemoIdentityServerIT.map;
import static org.peersupport.identity.DemoIdentityServerIT.number;
import static org.peersupport.identity.DemoIdentityServerIT.payload;

/**
 * A risk system authenticating with {@code private_key_jwt} as SMART Backend Services
 * asks: what the demo identity provider takes from it, and what it refuses, over HTTP.
 */
class PrivateKeyJwtIT {

	private static final String CLIENT = "demo-risk-system-jwt";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static RSAKey key;

	private static HttpServer keys;

	private static ConfigurableApplicationContext server;

	private static String issuer;

	@BeforeAll
	static void start() throws Exception {
		key = new RSAKeyGenerator(2048).keyID("risk-system-key").generate();
		keys = DemoIdentityServerIT.serveKeys(new JWKSet(key.toPublicJWK()));
		server = DemoIdentityServer.start(0, DemoDirectory.of(), null, List.of(),
				"--peersupport.identity.risk-system-jwks-url=" + DemoIdentityServerIT.jwksUrl(keys));
		issuer = DemoIdentityServer.issuer(server);
	}

	@AfterAll
	static void stop() {
		if (server != null) {
			server.close();
		}
		if (keys != null) {
			keys.stop(0);
		}
	}

	@Test
	void validAssertionGetsAnAccessTokenOfAtMostFiveMinutes() throws Exception {
		HttpResponse<String> response = token(assertion(JWSAlgorithm.RS384, UnaryOperator.identity()));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Map<String, Object> claims = payload((String) map(response.body()).get("access_token"));
		assertThat(claims).containsEntry("client_id", CLIENT).containsEntry("sub", CLIENT);
		assertThat(number(claims, "exp") - number(claims, "iat")).isPositive().isLessThanOrEqualTo(300);
	}

	@Test
	void sameAssertionIsTakenOnceOnly() throws Exception {
		String assertion = assertion(JWSAlgorithm.RS384, UnaryOperator.identity());

		HttpResponse<String> first = token(assertion);
		HttpResponse<String> again = token(assertion);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertRefused(again);
		// Not the client that is shut out, only that assertion.
		assertThat(token(assertion(JWSAlgorithm.RS384, UnaryOperator.identity())).statusCode()).isEqualTo(200);
	}

	@Test
	void assertionValidForTenMinutesIsRefused() throws Exception {
		Instant now = Instant.now();

		assertRefused(token(assertion(JWSAlgorithm.RS384,
				(claims) -> claims.issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600))))));
	}

	@Test
	void assertionDatedAheadIsRefused() throws Exception {
		// Five minutes from iat to exp, but valid from now for fifteen.
		Instant later = Instant.now().plusSeconds(600);

		assertRefused(token(assertion(JWSAlgorithm.RS384,
				(claims) -> claims.issueTime(Date.from(later)).expirationTime(Date.from(later.plusSeconds(300))))));
	}

	@Test
	void assertionWithoutIatIsRefused() throws Exception {
		// Soon to expire: Spring would make up an iat just before it, which passes.
		Instant soon = Instant.now().plusSeconds(30);

		assertRefused(token(
				assertion(JWSAlgorithm.RS384, (claims) -> claims.issueTime(null).expirationTime(Date.from(soon)))));
	}

	@Test
	void assertionWithoutJtiIsRefused() throws Exception {
		assertRefused(token(assertion(JWSAlgorithm.RS384, (claims) -> claims.jwtID(null))));
	}

	@Test
	void rs256AssertionIsRefused() throws Exception {
		assertRefused(token(assertion(JWSAlgorithm.RS256, UnaryOperator.identity())));
	}

	private static void assertRefused(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isIn(400, 401);
		assertThat(map(response.body())).containsEntry("error", "invalid_client").doesNotContainKey("access_token");
	}

	/**
	 * A valid assertion of the risk system, as its SMART client library would make it,
	 * then changed.
	 */
	private static String assertion(JWSAlgorithm algorithm, UnaryOperator<JWTClaimsSet.Builder> change)
			throws Exception {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(CLIENT)
			.subject(CLIENT)
			.audience(issuer + "/oauth2/token")
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)));
		SignedJWT assertion = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(),
				change.apply(claims).build());
		assertion.sign(new RSASSASigner(key));
		return assertion.serialize();
	}

	private static HttpResponse<String> token(String assertion) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form("grant_type", "client_credentials", "scope",
					"system/AdverseEvent.write", "client_id", CLIENT, "client_assertion_type",
					"urn:ietf:params:oauth:client-assertion-type:jwt-bearer", "client_assertion", assertion)))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
