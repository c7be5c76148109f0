package org.peersupport.accesstrail;

import java.util.Set;

import reactor.core.publisher.Mono;

import org.peersupport.security.Actor;
import org.peersupport.security.RequestActor;
import org.peersupport.web.InvalidInputException;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses (400, naming the header) a purpose of use the caller's role may not give, once
 * the security chain has let the request through: a clinician cannot claim the
 * administrator's "health compliance" to dress up a read.
 */
final class PurposeCheck implements WebFilter, Ordered {

	@Override
	public int getOrder() {
		// After the security chain (-100), before any handler.
		return 0;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String given = exchange.getRequest().getHeaders().getFirst(PurposeOfUse.HEADER);
		Actor actor = RequestActor.of(exchange).orElse(null);
		if (given != null && actor != null) {
			Set<String> allowed = PurposeOfUse.allowed(actor);
			if (!allowed.contains(given)) {
				return Mono.error(new InvalidInputException(PurposeOfUse.HEADER,
						"must be one of the caller's purposes of use: " + String.join(", ", allowed)));
			}
		}
		return chain.filter(exchange);
	}

}
