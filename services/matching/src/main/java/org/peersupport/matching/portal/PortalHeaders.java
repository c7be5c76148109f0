package org.peersupport.matching.portal;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The pages' URLs carry signed credentials, so they must not leak through a Referer
 * header, a shared cache or a search engine, and the pages must not be framed.
 */
@Component
class PortalHeaders implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if (path.startsWith("/portal/") || path.startsWith("/offers/")) {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
			headers.set("Referrer-Policy", "no-referrer");
			headers.set("X-Robots-Tag", "noindex, nofollow");
			headers.set("X-Content-Type-Options", "nosniff");
			headers.set("Content-Security-Policy",
					"default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
		}
		return chain.filter(exchange);
	}

}
