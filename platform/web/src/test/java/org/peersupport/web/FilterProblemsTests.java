package org.peersupport.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class FilterProblemsTests {

	private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

	private final FilterProblems problems = new FilterProblems(new ProblemResponses(), ServerCodecConfigurer.create());

	@Test
	void aBrowserGetsTheGuardsRefusalAsAPage() {
		MockServerWebExchange exchange = exchange(BROWSER);
		this.problems
			.handle(exchange, new InvalidInputException(List.of(new FieldProblem("<q>", "has a control character"))))
			.block();
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(exchange.getResponse().getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(exchange.getResponse().getBodyAsString().block()).contains("<h1>Invalid input</h1>",
				"<li><strong>&lt;q&gt;</strong>: has a control character</li>");
	}

	@Test
	void anApiClientGetsTheProblemDocument() {
		MockServerWebExchange exchange = exchange("*/*");
		this.problems.handle(exchange, new InvalidInputException("month", "is required")).block();
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"field\":\"month\"");
	}

	@Test
	void aServerErrorIsAPageForABrowserThatNeverQuotesTheException() {
		MockServerWebExchange exchange = exchange(BROWSER);
		this.problems.handle(exchange, new IllegalStateException("<secret detail>")).block();
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(exchange.getResponse().getBodyAsString().block()).contains("<h1>Something went wrong</h1>")
			.doesNotContain("secret");
	}

	@Test
	void aServerErrorForAnApiClientGoesOnToSpringBoot() {
		IllegalStateException failure = new IllegalStateException("x");
		assertThatException().isThrownBy(() -> this.problems.handle(exchange("application/json"), failure).block())
			.isSameAs(failure);
	}

	private static MockServerWebExchange exchange(String accept) {
		return MockServerWebExchange.from(MockServerHttpRequest.get("/reports").header(HttpHeaders.ACCEPT, accept));
	}

}
