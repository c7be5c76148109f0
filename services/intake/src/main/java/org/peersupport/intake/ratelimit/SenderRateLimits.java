package org.peersupport.intake.ratelimit;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * One resilience4j rate limiter per sending client, so a misbehaving integration engine
 * replaying its queue cannot crowd out the others. A refused request gets 429
 * problem+json with {@code Retry-After}; the sender retries and, being idempotent, loses
 * nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SenderRateLimits implements WebFilter {

	private final RateLimiterRegistry registry;

	private final Duration period;

	SenderRateLimits(@Value("${peersupport.intake.rate-limit.requests-per-period:50}") int limit,
			@Value("${peersupport.intake.rate-limit.period:1s}") Duration period) {
		this.period = period;
		this.registry = RateLimiterRegistry.of(RateLimiterConfig.custom()
			.limitForPeriod(limit)
			.limitRefreshPeriod(period)
			.timeoutDuration(Duration.ZERO)
			.build());
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getRequest().getMethod() != HttpMethod.POST) {
			return chain.filter(exchange);
		}
		RateLimiter limiter = this.registry.rateLimiter(client(exchange));
		if (limiter.acquirePermission()) {
			return chain.filter(exchange);
		}
		return refuse(exchange.getResponse());
	}

	/**
	 * The client as the connection shows it; behind a proxy, configure forwarded-header
	 * handling.
	 */
	private static String client(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		return (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "unknown";
	}

	private Mono<Void> refuse(ServerHttpResponse response) {
		long seconds = Math.max(1, this.period.toSeconds());
		response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().set("Retry-After", Long.toString(seconds));
		String body = "{\"type\":\"https://peersupport.org/problems/rate-limited\",\"title\":\"Too many requests\","
				+ "\"status\":429,\"detail\":\"This client sent more reports than its limit; retry after " + seconds
				+ " s. Retries of the same report are safe.\"}";
		DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
		return response.writeWith(Mono.just(buffer));
	}

}
