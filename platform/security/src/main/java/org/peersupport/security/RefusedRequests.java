package org.peersupport.security;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers a request without valid credentials (401) or without the right (403) with an
 * RFC 9457 problem document, and logs the refusal (ASVS 16.3) with the method, path and
 * reason only: never a token, a claim value or a body.
 */
final class RefusedRequests
		implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler, ServerExchangeRejectedHandler {

	private static final Logger log = LoggerFactory.getLogger(RefusedRequests.class);

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		log.warn("refused {} {}: not authenticated ({})", exchange.getRequest().getMethod(), LoggedPaths.of(exchange),
				ex.getClass().getSimpleName());
		ServerHttpResponse response = exchange.getResponse();
		response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthorized",
				"A valid bearer token from the platform's identity provider is required.");
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		log.warn("refused {} {}: not allowed", exchange.getRequest().getMethod(), LoggedPaths.of(exchange));
		return write(exchange.getResponse(), HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"The caller's role does not allow this request.");
	}

	/**
	 * The firewall refused the request before any route saw it. Its message names the
	 * offending text, which is the sender's: it is not quoted back.
	 */
	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException ex) {
		log.warn("refused {} request: rejected by the firewall", exchange.getRequest().getMethod());
		return write(exchange.getResponse(), HttpStatus.BAD_REQUEST, "rejected-request", "Rejected request",
				"The URL or a header holds what no route accepts: an encoded slash, percent sign or semicolon, "
						+ "a backslash, a control character or an empty path segment.");
	}

	static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String type, String title, String detail) {
		if (response.isCommitted()) {
			return Mono.empty();
		}
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		String body = "{\"type\":\"https://peersupport.org/problems/" + type + "\",\"title\":\"" + title
				+ "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}";
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
	}

}
