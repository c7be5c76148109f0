package org.peersupport.matching.portal;

import reactor.core.publisher.Mono;

import org.peersupport.security.SecurityProperties;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The offer links carry signed credentials and the portal shows colleagues' contact
 * details, so neither may leak through a Referer header, a shared cache or a search
 * engine, and the pages must not be framed. Their styles come from one file of the
 * service's own ({@link PortalStylesheet}): no inline style runs.
 */
@Component
class PortalHeaders implements WebFilter {

	private final String contentSecurityPolicy;

	/**
	 * Forms post to the portal itself, and signing out redirects to the identity
	 * provider: browsers apply {@code form-action} to that redirect too.
	 */
	PortalHeaders(SecurityProperties security) {
		this.contentSecurityPolicy = "default-src 'none'; style-src 'self'; form-action 'self' "
				+ security.issuerOrigin() + "; frame-ancestors 'none'";
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if (path.startsWith("/portal/") || path.startsWith("/offers/")) {
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
