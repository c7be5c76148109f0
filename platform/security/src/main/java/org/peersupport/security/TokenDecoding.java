package org.peersupport.security;

import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierReactiveJwtDecoder;

/**
 * Builds the decoder that every service trusts: one issuer, its keys, and every check
 * Spring does not make on its own. The audience in particular is never checked unless
 * asked for, and a token for another application of the same identity provider would
 * otherwise pass.
 */
final class TokenDecoding {

	private TokenDecoding() {
	}

	static ReactiveJwtDecoder decoder(SecurityProperties properties) {
		if (properties.issuerUri() == null || properties.issuerUri().isBlank()) {
			throw new IllegalStateException("peersupport.security.issuer-uri is required: every service validates "
					+ "tokens of one configured identity provider");
		}
		// Lazily: a service starts, and answers 401, while its identity provider is still
		// coming up.
		return new SupplierReactiveJwtDecoder(() -> {
			NimbusReactiveJwtDecoder decoder = build(properties);
			decoder.setJwtValidator(validator(properties));
			return decoder;
		});
	}

	private static NimbusReactiveJwtDecoder build(SecurityProperties properties) {
		if (properties.jwkSetUri() != null && !properties.jwkSetUri().isBlank()) {
			return NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri())
				.jwsAlgorithms((algorithms) -> algorithms.addAll(List.of(SignatureAlgorithm.RS256,
						SignatureAlgorithm.RS384, SignatureAlgorithm.RS512, SignatureAlgorithm.ES256,
						SignatureAlgorithm.ES384, SignatureAlgorithm.PS256, SignatureAlgorithm.PS384)))
				.build();
		}
		return (NimbusReactiveJwtDecoder) ReactiveJwtDecoders.fromIssuerLocation(properties.issuerUri());
	}

	static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties) {
		JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
		JwtTypeValidator types = new JwtTypeValidator(properties.acceptedTypes());
		types.setAllowEmpty(true);
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				(aud) -> aud != null && aud.stream().anyMatch(properties.audiences()::contains));
		OAuth2TokenValidator<Jwt> expiry = new JwtClaimValidator<Object>(JwtClaimNames.EXP, (exp) -> exp != null);
		return new DelegatingOAuth2TokenValidator<>(timestamps, expiry, new JwtIssuerValidator(properties.issuerUri()),
				audience, types);
	}

}
