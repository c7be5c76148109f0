package org.peersupport.matching.portal;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

/**
 * Gives the pages' forms the CSRF token of the session as {@code csrf}: a form post in a
 * signed-in session must carry it. Spring Security keeps the token lazily, as a
 * {@code Mono<CsrfToken>} exchange attribute; a Mono model attribute is resolved before
 * the page is rendered. The offer confirmation page needs it too: the supporter opening
 * it may already have a session.
 */
@ControllerAdvice(assignableTypes = { PortalController.class, OfferLinkController.class })
class PortalCsrf {

	@ModelAttribute("csrf")
	Mono<CsrfToken> csrf(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return (token != null) ? token : Mono.empty();
	}

}
