package org.peersupport.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * The same problem documents as {@link ProblemResponses} for input refused before any
 * controller runs ({@link InputGuard}): controller advice does not see a web filter's
 * errors. Written with the application's own codecs, so the document is the one a
 * controller would have given. A browser that prefers HTML gets a {@link ProblemPage} for
 * these and for whatever else no handler answered (a server error); everything else goes
 * on to Spring Boot's handlers.
 */
final class FilterProblems implements WebExceptionHandler, Ordered {

	private static final Logger log = LoggerFactory.getLogger(FilterProblems.class);

	private final ProblemResponses problems;

	private final ServerResponse.Context context;

	FilterProblems(ProblemResponses problems, ServerCodecConfigurer codecs) {
		this.problems = problems;
		this.context = new ServerResponse.Context() {
			@Override
			public List<HttpMessageWriter<?>> messageWriters() {
				return codecs.getWriters();
			}

			@Override
			public List<ViewResolver> viewResolvers() {
				return List.of();
			}
		};
	}

	/** Before Spring Boot's error handler (-1), which would answer in its own format. */
	@Override
	public int getOrder() {
		return -2;
	}

	/**
	 * What no handler answered, for a browser: Spring Boot's own page has no language and
	 * no title. The exception's message is never shown (it may quote input); a server
	 * error is logged as Spring Boot's handler would have.
	 */
	private static ProblemDetail fallback(ServerWebExchange exchange, Throwable ex) {
		HttpStatusCode status = (ex instanceof ResponseStatusException refused) ? refused.getStatusCode()
				: HttpStatus.INTERNAL_SERVER_ERROR;
		if (status.is5xxServerError()) {
			// The path is not logged: paths name people (docs/security.md).
			log.error("{} request failed", exchange.getRequest().getMethod(), ex);
			return ProblemResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR, "server-error", "Something went wrong",
					"The service could not answer this time. Please try again later.");
		}
		ProblemDetail problem = ProblemDetail.forStatus(status);
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.setTitle((known != null) ? known.getReasonPhrase() : "Request refused");
		return problem;
	}

	@SuppressWarnings("unchecked")
	private static List<FieldProblem> fieldProblems(ProblemDetail problem) {
		Object errors = (problem.getProperties() != null) ? problem.getProperties().get("errors") : null;
		return (errors instanceof List<?> list) ? (List<FieldProblem>) list : List.of();
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		ProblemDetail problem;
		if (ex instanceof InvalidInputException invalid) {
			problem = this.problems.invalid(invalid);
		}
		else if (ex instanceof DataBufferLimitException tooLarge) {
			problem = this.problems.tooLarge(tooLarge);
		}
		else if (ProblemPage.preferred(exchange.getRequest().getHeaders())) {
			problem = fallback(exchange, ex);
		}
		else {
			return Mono.error(ex);
		}
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		if (ProblemPage.preferred(exchange.getRequest().getHeaders())) {
			// Outside the filter chain, so BrowserProblems does not see this answer.
			return ServerResponse.status(HttpStatusCode.valueOf(problem.getStatus()))
				.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
				.bodyValue(ProblemPage.render(problem.getTitle(), problem.getDetail(), fieldProblems(problem)))
				.flatMap((response) -> response.writeTo(exchange, this.context));
		}
		return ServerResponse.status(HttpStatusCode.valueOf(problem.getStatus()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(problem)
			.flatMap((response) -> response.writeTo(exchange, this.context));
	}

}
