package org.peersupport.security;

import java.security.Principal;

import reactor.core.publisher.Mono;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;

/**
 * Lets a controller method declare an {@link Actor} parameter: the caller, from the
 * bearer token or the signed-in session, and from nothing the caller writes.
 */
final class ActorArgumentResolver implements HandlerMethodArgumentResolver {

	private final ActorClaims claims;

	ActorArgumentResolver(ActorClaims claims) {
		this.claims = claims;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Actor.class.equals(parameter.getParameterType());
	}

	@Override
	public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
			ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.flatMap((principal) -> Mono.justOrEmpty(actor(principal, this.claims)))
			.cast(Object.class)
			.switchIfEmpty(Mono.error(() -> new AuthenticationCredentialsNotFoundException("no authenticated actor")));
	}

	static Actor actor(Principal principal, ActorClaims claims) {
		if (principal instanceof ActorAuthentication authentication) {
			return authentication.actor();
		}
		if (principal instanceof OAuth2AuthenticationToken token && token.getPrincipal() instanceof OidcUser user) {
			return claims.actor(user.getSubject(), user.getClaims());
		}
		return null;
	}

}
