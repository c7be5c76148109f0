package org.peersupport.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * A browser that lands on a refusal or an error gets a page, not JSON: when the request
 * prefers HTML ({@link ProblemPage#preferred}), every problem+json answer written below
 * this filter (the security chain's 401/403 and firewall refusals, the controller advice
 * of the platform and of each service, Spring's own 404/405) is rewritten as a
 * {@link ProblemPage} with the same status and headers. One place, so no handler has to
 * remember. Runs before the security chain so its refusals pass through it too.
 */
final class BrowserProblems implements WebFilter, Ordered {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!ProblemPage.preferred(exchange.getRequest().getHeaders())) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate().response(new PageResponse(exchange.getResponse())).build());
	}

	/**
	 * Reads a problem document back into a page; what is not a problem document passes.
	 */
	static String page(byte[] document) {
		JsonNode problem = json.readTree(document);
		List<FieldProblem> problems = new ArrayList<>();
		for (JsonNode error : problem.path("errors")) {
			problems.add(new FieldProblem(error.path("field").asString(""), error.path("reason").asString("")));
		}
		return ProblemPage.render(text(problem, "title"), text(problem, "detail"), problems);
	}

	private static String text(JsonNode problem, String name) {
		JsonNode value = problem.get(name);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static final class PageResponse extends ServerHttpResponseDecorator {

		PageResponse(ServerHttpResponse delegate) {
			super(delegate);
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			if (!isProblem()) {
				return super.writeWith(body);
			}
			return DataBufferUtils.join(Flux.from(body)).flatMap((joined) -> {
				byte[] document = new byte[joined.readableByteCount()];
				joined.read(document);
				DataBufferUtils.release(joined);
				byte[] page;
				try {
					page = page(document).getBytes(StandardCharsets.UTF_8);
				}
				catch (JacksonException ex) {
					// Not a document we can read: it goes out as it was written.
					return super.writeWith(Mono.just(bufferFactory().wrap(document)));
				}
				getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
				getHeaders().setContentLength(page.length);
				return super.writeWith(Mono.just(bufferFactory().wrap(page)));
			});
		}

		private boolean isProblem() {
			MediaType type = getHeaders().getContentType();
			return type != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type);
		}

		@Override
		public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
			if (!isProblem()) {
				return super.writeAndFlushWith(body);
			}
			return writeWith(Flux.from(body).flatMapSequential((part) -> part));
		}

	}

}
