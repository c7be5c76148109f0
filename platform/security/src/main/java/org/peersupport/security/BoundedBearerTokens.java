package org.peersupport.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

/**
 * Reads the bearer token from the {@code Authorization} header only (never from a query
 * parameter, which ends up in logs), and refuses one that is absurdly long before
 * anything parses it.
 */
final class BoundedBearerTokens implements ServerAuthenticationConverter {

	private final ServerBearerTokenAuthenticationConverter delegate = new ServerBearerTokenAuthenticationConverter();

	private final int maxLength;

	BoundedBearerTokens(int maxLength) {
		this.maxLength = maxLength;
	}

	@Override
	public Mono<Authentication> convert(ServerWebExchange exchange) {
		String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (header != null && header.length() > this.maxLength) {
			return Mono.error(new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("token too long")));
		}
		return this.delegate.convert(exchange);
	}

}
