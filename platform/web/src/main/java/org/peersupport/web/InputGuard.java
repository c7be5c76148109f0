package org.peersupport.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses, in one place for every service and route, input that no endpoint accepts: a
 * control character in a path segment, a query value or a body, an over-long path segment
 * or query value, JSON nested deeper than the limit, and a body over the codecs' limit.
 * Each refusal is a 400 problem document naming the field (a 413 for the body's size),
 * raised before a controller runs, so such input never reaches a database or a parser
 * that would fail on it with a 5xx. A body it reads (JSON, XML, text, CSV) reaches the
 * handler without a leading UTF-8 {@link ByteOrderMark byte-order mark}, so no endpoint
 * has to know about one. Runs after the security filter chain: a caller without a token
 * learns only that it needs one.
 */
final class InputGuard implements WebFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(InputGuard.class);

	private static final String CONTROL = "must not contain control characters";

	private static final byte[] NO_BODY = new byte[0];

	private final InputLimits limits;

	private final int maxBodyBytes;

	private final PathVariableNames variables;

	InputGuard(InputLimits limits, int maxBodyBytes, PathVariableNames variables) {
		this.limits = limits;
		this.maxBodyBytes = maxBodyBytes;
		this.variables = variables;
	}

	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		List<FieldProblem> problems = new ArrayList<>();
		checkPath(exchange.getRequest().getPath().pathWithinApplication(), problems);
		checkQuery(exchange.getRequest(), problems);
		if (!problems.isEmpty()) {
			return refuse(exchange, problems);
		}
		BodyKind kind = BodyKind.of(exchange.getRequest().getHeaders().getContentType());
		if (kind == BodyKind.UNCHECKED) {
			return chain.filter(exchange);
		}
		return DataBufferUtils.join(exchange.getRequest().getBody(), this.maxBodyBytes)
			.map(InputGuard::bytes)
			.map(ByteOrderMark::stripped)
			.defaultIfEmpty(NO_BODY)
			.flatMap((body) -> kind.problem(body, this.limits)
				.map((problem) -> refuse(exchange, List.of(problem)))
				.orElseGet(() -> chain.filter(replaying(exchange, body))));
	}

	private void checkPath(PathContainer path, List<FieldProblem> problems) {
		for (PathContainer.Element element : path.elements()) {
			if (element instanceof PathContainer.PathSegment segment) {
				String value = segment.valueToMatch();
				String reason = reason(value, this.limits.pathSegmentLength());
				if (reason != null) {
					problems.add(new FieldProblem(this.variables.nameOf(path, value), reason));
					return;
				}
			}
		}
	}

	private void checkQuery(ServerHttpRequest request, List<FieldProblem> problems) {
		for (Map.Entry<String, List<String>> parameter : request.getQueryParams().entrySet()) {
			String name = parameter.getKey();
			if (reason(name, this.limits.queryValueLength()) != null) {
				// The name is the sender's text: it is not quoted back.
				problems.add(new FieldProblem("query", "has a parameter name with a control character, or longer than "
						+ this.limits.queryValueLength() + " characters"));
				continue;
			}
			parameter.getValue()
				.stream()
				.filter((value) -> value != null)
				.map((value) -> reason(value, this.limits.queryValueLength()))
				.filter((reason) -> reason != null)
				.findFirst()
				.ifPresent((reason) -> problems.add(new FieldProblem(name, reason)));
		}
	}

	/** What is wrong with a path segment or a query value, or null. */
	private static String reason(String value, int maxLength) {
		if (ControlCharacters.in(value, false)) {
			return CONTROL;
		}
		if (value.length() > maxLength) {
			return "must be at most " + maxLength + " characters";
		}
		return null;
	}

	private static Mono<Void> refuse(ServerWebExchange exchange, List<FieldProblem> problems) {
		// The method and the fields only: the path and the values may carry private text.
		log.warn("refused {} request: {}", exchange.getRequest().getMethod(),
				problems.stream().map((problem) -> problem.field() + " " + problem.reason()).toList());
		return Mono.error(new InvalidInputException(problems));
	}

	private static byte[] bytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	/**
	 * The exchange again, with the body already read given once more to the handler; its
	 * length is the body's, which is shorter than the sender's by a byte-order mark.
	 */
	private static ServerWebExchange replaying(ServerWebExchange exchange, byte[] body) {
		ServerHttpRequest request = new ServerHttpRequestDecorator(exchange.getRequest()) {
			@Override
			public HttpHeaders getHeaders() {
				HttpHeaders sent = super.getHeaders();
				if (sent.getContentLength() < 0 || sent.getContentLength() == body.length) {
					return sent;
				}
				HttpHeaders headers = HttpHeaders.copyOf(sent);
				headers.setContentLength(body.length);
				return HttpHeaders.readOnlyHttpHeaders(headers);
			}

			@Override
			public Flux<DataBuffer> getBody() {
				return (body.length == 0) ? Flux.empty()
						: Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
			}
		};
		return exchange.mutate().request(request).build();
	}

	/** Which bodies are read, and how. */
	enum BodyKind {

		/** JSON, including {@code application/fhir+json}: read token by token. */
		JSON {
			@Override
			Optional<FieldProblem> problem(byte[] body, InputLimits limits) {
				return JsonBodyCheck.problem(body, limits.jsonDepth());
			}
		},

		/** Text, CSV and XML: read as characters. */
		TEXT {
			@Override
			Optional<FieldProblem> problem(byte[] body, InputLimits limits) {
				String text = new String(body, StandardCharsets.UTF_8);
				int at = ControlCharacters.indexIn(text, true);
				if (at < 0) {
					return Optional.empty();
				}
				long line = 1 + text.substring(0, at).chars().filter((c) -> c == '\n').count();
				return Optional.of(new FieldProblem("body",
						"must not contain control characters other than tab and line breaks (line " + line + ")"));
			}
		},

		/** Anything else (forms, binary): left to the endpoint and the codecs. */
		UNCHECKED {
			@Override
			Optional<FieldProblem> problem(byte[] body, InputLimits limits) {
				return Optional.empty();
			}
		};

		abstract Optional<FieldProblem> problem(byte[] body, InputLimits limits);

		static BodyKind of(MediaType type) {
			if (type == null) {
				return UNCHECKED;
			}
			String subtype = type.getSubtype();
			String suffix = type.getSubtypeSuffix();
			if ("json".equals(subtype) || "json".equals(suffix)) {
				return JSON;
			}
			if ("text".equals(type.getType()) || "xml".equals(subtype) || "xml".equals(suffix)
					|| "csv".equals(subtype)) {
				return TEXT;
			}
			return UNCHECKED;
		}

	}

}
