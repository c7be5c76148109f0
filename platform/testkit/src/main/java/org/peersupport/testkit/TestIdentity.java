package org.peersupport.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.http.HttpHeaders;

/**
 * A test identity provider on the loopback interface: a discovery document and a real JWK
 * set that the services fetch and trust exactly as they would a hospital's (served by
 * {@link DiscoveryServer}), and tokens signed with its key for any caller a test needs.
 * Nothing in a service knows it is under test: its tokens are checked by the same decoder
 * and validators as in production.
 */
public final class TestIdentity {

	/** The audience every platform token carries. */
	public static final String AUDIENCE = "peersupport";

	private static TestIdentity instance;

	private final RSAKey key;

	private final RSAKey foreignKey;

	private final String issuer;

	private TestIdentity() {
		try {
			this.key = new RSAKeyGenerator(2048).keyID("test-key").generate();
			this.foreignKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		this.issuer = DiscoveryServer.start(this.key).issuer();
	}

	/** The provider shared by every test in this JVM. */
	public static synchronized TestIdentity get() {
		if (instance == null) {
			instance = new TestIdentity();
		}
		return instance;
	}

	public String issuer() {
		return this.issuer;
	}

	/** What a service needs to trust this provider. */
	public Map<String, String> springProperties() {
		return Map.of("peersupport.security.issuer-uri", this.issuer, "peersupport.security.audiences", AUDIENCE);
	}

	/** A token to build, valid for an hour unless told otherwise. */
	public TokenBuilder token() {
		return new TokenBuilder();
	}

	/**
	 * A member of staff; a supporter is a member of staff whom the roster marks as one.
	 */
	public String clinician(String staffId) {
		return token().subject("user-" + staffId).staffId(staffId).sign();
	}

	public String administrator(String... facilities) {
		return token().subject("admin").roles("ADMINISTRATOR").facilities(facilities).sign();
	}

	public String director(String... facilities) {
		return token().subject("director").roles("DIRECTOR").facilities(facilities).sign();
	}

	public String onCallLead(String staffId, String... facilities) {
		return token().subject("user-" + staffId).staffId(staffId).roles("ON_CALL_LEAD").facilities(facilities).sign();
	}

	public String operator() {
		return token().subject("operator").roles("OPERATOR").sign();
	}

	/** A risk system's client-credentials token: the client is the subject. */
	public String riskSystem(String clientId) {
		return token().subject(clientId).claim("client_id", clientId).scope("system/AdverseEvent.write").sign();
	}

	/** Sets {@code Authorization: Bearer …} on a request. */
	public static Consumer<HttpHeaders> bearer(String token) {
		return (headers) -> headers.setBearerAuth(token);
	}

	/** A token under construction; every setting is optional. */
	public final class TokenBuilder {

		private final JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(TestIdentity.this.issuer)
			.audience(AUDIENCE)
			.jwtID(UUID.randomUUID().toString())
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1))));

		private JOSEObjectType type = JOSEObjectType.JWT;

		private RSAKey signingKey = TestIdentity.this.key;

		private TokenBuilder() {
		}

		public TokenBuilder subject(String subject) {
			this.claims.subject(subject);
			return this;
		}

		public TokenBuilder staffId(String staffId) {
			return claim("staff_id", staffId);
		}

		public TokenBuilder roles(String... roles) {
			return claim("roles", List.of(roles));
		}

		public TokenBuilder facilities(String... facilities) {
			return (facilities.length == 0) ? this : claim("facilities", List.of(facilities));
		}

		public TokenBuilder scope(String scope) {
			return claim("scope", scope);
		}

		public TokenBuilder claim(String name, Object value) {
			this.claims.claim(name, value);
			return this;
		}

		public TokenBuilder issuer(String issuer) {
			this.claims.issuer(issuer);
			return this;
		}

		public TokenBuilder audience(String audience) {
			this.claims.audience(audience);
			return this;
		}

		public TokenBuilder expiresAt(Instant expiresAt) {
			this.claims.expirationTime((expiresAt != null) ? Date.from(expiresAt) : null);
			return this;
		}

		public TokenBuilder notBefore(Instant notBefore) {
			this.claims.notBeforeTime(Date.from(notBefore));
			return this;
		}

		public TokenBuilder type(String type) {
			this.type = new JOSEObjectType(type);
			return this;
		}

		/** Signs with a key of the same id that the JWK set does not hold. */
		public TokenBuilder foreignKey() {
			this.signingKey = TestIdentity.this.foreignKey;
			return this;
		}

		public String sign() {
			try {
				SignedJWT jwt = new SignedJWT(
						new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.signingKey.getKeyID())
							.type(this.type)
							.build(),
						this.claims.build());
				jwt.sign(new RSASSASigner(this.signingKey));
				return jwt.serialize();
			}
			catch (JOSEException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** The same claims with {@code alg: none} and no signature. */
		public String unsigned() {
			return new PlainJWT(this.claims.build()).serialize();
		}

	}

}
