package org.peersupport.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/**
 * Object-level refusals raised inside a service ("not your offer", "not your facility")
 * get the same problem+json answer as the route-level ones, and are logged the same way.
 */
@RestControllerAdvice
class ObjectAccessRefusals {

	private static final Logger log = LoggerFactory.getLogger(ObjectAccessRefusals.class);

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex, ServerWebExchange exchange) {
		log.warn("refused {} {}: {}", exchange.getRequest().getMethod(), LoggedPaths.of(exchange), ex.getMessage());
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ex.getMessage());
	}

	@ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
	ProblemDetail unauthenticated(AuthenticationCredentialsNotFoundException ex) {
		return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthorized",
				"A valid bearer token from the platform's identity provider is required.");
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://peersupport.org/problems/" + type));
		problem.setTitle(title);
		return problem;
	}

}
