package org.peersupport.outreach.api;

import java.util.Set;

import reactor.core.publisher.Mono;

import org.peersupport.security.SecurityProperties;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The pages say who asked for help and whom someone referred: never cached, never sent on
 * as a Referer, never indexed or framed. Their one stylesheet is a file of the service's
 * own ({@link PageStylesheet}), so the style policy allows that and nothing else: no
 * inline style.
 */
@Component
class PageHeaders implements WebFilter {

	static final Set<String> PAGES = Set.of("/check-in", "/refer-a-colleague", "/my-records");

	private final String contentSecurityPolicy;

	PageHeaders(SecurityProperties security) {
		this.contentSecurityPolicy = "default-src 'none'; style-src 'self'; form-action 'self' "
				+ security.issuerOrigin() + "; frame-ancestors 'none'; base-uri 'none'";
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (PAGES.contains(exchange.getRequest().getPath().value())) {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
			headers.set("Referrer-Policy", "no-referrer");
			headers.set("X-Robots-Tag", "noindex, nofollow");
			headers.set("X-Content-Type-Options", "nosniff");
			headers.set("Content-Security-Policy", this.contentSecurityPolicy);
		}
		return chain.filter(exchange);
	}

}
