package org.peersupport.security;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The authenticated caller of a request, kept on the exchange once the security chain has
 * authenticated it, so that what runs around the chain (the access trail) can name who
 * asked even when the chain then refuses the request (403). Set only from a validated
 * token or signed-in session, never from anything the caller writes.
 */
public final class RequestActor implements WebFilter {

	private static final String ATTRIBUTE = RequestActor.class.getName();

	private final ActorClaims claims;

	RequestActor(ActorClaims claims) {
		this.claims = claims;
	}

	/** The caller, if the request was authenticated. */
	public static Optional<Actor> of(ServerWebExchange exchange) {
		return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(SecurityContext::getAuthentication)
			.mapNotNull((authentication) -> ActorArgumentResolver.actor(authentication, this.claims))
			.doOnNext((actor) -> exchange.getAttributes().put(ATTRIBUTE, actor))
			.then(chain.filter(exchange));
	}

}
