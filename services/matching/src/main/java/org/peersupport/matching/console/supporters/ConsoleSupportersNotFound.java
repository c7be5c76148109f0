package org.peersupport.matching.console.supporters;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.peersupport.console.ConsolePages;
import org.peersupport.console.ConsoleSection;
import org.peersupport.console.ConsoleTemplates;
import org.peersupport.web.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * A supporter the roster does not know (or who does not volunteer) is a page in plain
 * words, 404, inside the console's layout; the API keeps its problem+json.
 */
@ControllerAdvice(assignableTypes = ConsoleSupportersController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleSupportersNotFound {

	private final ConsolePages pages;

	ConsoleSupportersNotFound(ConsolePages pages) {
		this.pages = pages;
	}

	@ExceptionHandler(NotFoundException.class)
	Mono<ResponseEntity<String>> notFound(NotFoundException ex, ServerWebExchange exchange) {
		return this.pages.page(exchange, ConsoleSection.SUPPORTERS, HttpStatus.NOT_FOUND, "No such supporter",
				ConsoleTemplates.body("supporter-not-found"), Map.of());
	}

}
