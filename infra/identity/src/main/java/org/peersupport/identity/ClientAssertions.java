package org.peersupport.identity;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.nimbusds.jwt.JWTParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JoseHeaderNames;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionDecoderFactory;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.util.StringUtils;

/**
 * What a client assertion ({@code private_key_jwt}, as a risk system's under SMART
 * Backend Services) must be. Spring's checks stay (signature against the client's JWK set
 * with its registered algorithm; {@code iss} = {@code sub} = the client id; {@code aud}
 * this issuer or its token endpoint; {@code exp} present and not passed, {@code nbf} not
 * in the future); added are: signed RS384 or ES384, a {@code jti} that is taken once
 * only, and an {@code iat} at most five minutes before {@code exp}.
 * <p>
 * Spring verifies with the one algorithm a client is registered with, so a client signs
 * either RS384 or ES384, as its registration says; the algorithm check here refuses
 * anything else even if a client were registered with it. There is no
 * {@code client_secret_jwt} client, whose HMAC algorithms this would refuse.
 */
final class ClientAssertions {

	/** SMART Backend Services: an assertion expires no more than five minutes on. */
	static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

	/**
	 * As Spring's {@code JwtTimestampValidator} allows for {@code exp} and {@code nbf}.
	 */
	static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	static final Set<String> ALGORITHMS = Set.of(SignatureAlgorithm.RS384.getName(),
			SignatureAlgorithm.ES384.getName());

	private static final Logger log = LoggerFactory.getLogger(ClientAssertions.class);

	private static final String RFC_7523 = "https://datatracker.ietf.org/doc/html/rfc7523#section-3";

	private final AssertionReplayCache replays;

	private final Clock clock;

	ClientAssertions(AssertionReplayCache replays, Clock clock) {
		this.replays = replays;
		this.clock = clock;
	}

	/**
	 * For the client-authentication configurer's {@code authenticationProviders}: the
	 * provider of JWT client authentication decodes with these checks. One decoder
	 * factory for all, as it caches a decoder (and its JWK set) per client.
	 */
	Consumer<List<AuthenticationProvider>> configure() {
		JwtClientAssertionDecoderFactory decoders = new JwtClientAssertionDecoderFactory();
		decoders.setJwtValidatorFactory(this::validator);
		return (providers) -> providers.forEach((provider) -> {
			if (provider instanceof JwtClientAssertionAuthenticationProvider assertions) {
				assertions.setJwtDecoderFactory(decoders);
			}
		});
	}

	OAuth2TokenValidator<Jwt> validator(RegisteredClient client) {
		OAuth2TokenValidator<Jwt> checks = new DelegatingOAuth2TokenValidator<>(
				JwtClientAssertionDecoderFactory.DEFAULT_JWT_VALIDATOR_FACTORY.apply(client),
				ClientAssertions::signedAsAllowed, ClientAssertions::identified, this::shortLived);
		return (assertion) -> {
			OAuth2TokenValidatorResult result = checks.validate(assertion);
			// Only an assertion that passes everything else uses up its jti: one that is
			// refused may be sent again, corrected.
			if (!result.hasErrors()) {
				result = firstUse(client, assertion);
			}
			if (result.hasErrors()) {
				// Spring answers only "invalid_client" and logs at trace: this says why.
				log.warn("client assertion of {} refused: {}", client.getClientId(),
						result.getErrors().stream().map(OAuth2Error::getDescription).collect(Collectors.joining("; ")));
			}
			return result;
		};
	}

	private static OAuth2TokenValidatorResult signedAsAllowed(Jwt assertion) {
		Object algorithm = assertion.getHeaders().get(JoseHeaderNames.ALG);
		return (algorithm != null && ALGORITHMS.contains(algorithm.toString())) ? OAuth2TokenValidatorResult.success()
				: failure("signed " + algorithm + ", not RS384 or ES384");
	}

	private static OAuth2TokenValidatorResult identified(Jwt assertion) {
		return StringUtils.hasText(assertion.getId()) ? OAuth2TokenValidatorResult.success() : failure("no jti");
	}

	/**
	 * {@code exp} at most five minutes after {@code iat}, and {@code iat} not in the
	 * future: otherwise an assertion dated ahead would stay valid for longer.
	 */
	private OAuth2TokenValidatorResult shortLived(Jwt assertion) {
		Instant issuedAt = issuedAtAsSent(assertion);
		Instant expiresAt = assertion.getExpiresAt();
		if (issuedAt == null || expiresAt == null) {
			return failure("no iat or no exp");
		}
		if (Duration.between(issuedAt, expiresAt).compareTo(MAX_LIFETIME) > 0) {
			return failure("valid for more than " + MAX_LIFETIME.toMinutes() + " minutes");
		}
		if (issuedAt.isAfter(this.clock.instant().plus(CLOCK_SKEW))) {
			return failure("issued in the future");
		}
		return OAuth2TokenValidatorResult.success();
	}

	/**
	 * The {@code iat} as the client sent it, or {@code null}: the {@link Jwt} cannot
	 * tell, since Spring's claim conversion makes one up ({@code exp} minus a second)
	 * when there is none. Read from the token after Spring verified its signature.
	 */
	private static Instant issuedAtAsSent(Jwt assertion) {
		try {
			Date issuedAt = JWTParser.parse(assertion.getTokenValue()).getJWTClaimsSet().getIssueTime();
			return (issuedAt != null) ? issuedAt.toInstant() : null;
		}
		catch (ParseException ex) {
			return null;
		}
	}

	private OAuth2TokenValidatorResult firstUse(RegisteredClient client, Jwt assertion) {
		Instant keepUntil = assertion.getExpiresAt().plus(CLOCK_SKEW);
		return this.replays.firstUse(client.getClientId(), assertion.getId(), keepUntil)
				? OAuth2TokenValidatorResult.success() : failure("jti already used");
	}

	private static OAuth2TokenValidatorResult failure(String description) {
		return OAuth2TokenValidatorResult
			.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT, "client assertion " + description, RFC_7523));
	}

}
