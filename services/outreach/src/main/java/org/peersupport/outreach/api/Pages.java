package org.peersupport.outreach.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import reactor.core.publisher.Mono;

import org.peersupport.outreach.selfrequest.CrisisLines;
import org.peersupport.web.FieldProblem;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;

/**
 * Renders the clinicians' pages: server-side, every value HTML-escaped (Mustache's
 * {@code {{x}}}), each page inside one layout that always ends with the lines to call
 * now, and every form carrying the session's CSRF token.
 */
final class Pages {

	private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(true).defaultValue("");

	private static final Template LAYOUT = template("layout");

	private Pages() {
	}

	static Template template(String name) {
		try (InputStream in = Pages.class.getResourceAsStream("/pages/" + name + ".mustache");
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return COMPILER.compile(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A page: its content rendered from the model, inside the layout. */
	static ResponseEntity<String> page(HttpStatus status, String title, Template content, Map<String, Object> model,
			List<FieldProblem> problems) {
		Map<String, Object> all = new HashMap<>(model);
		all.put("title", title);
		all.put("lines", CrisisLines.NOW);
		all.put("problems", problems);
		all.put("hasProblems", !problems.isEmpty());
		all.put("content", content.execute(all));
		return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(LAYOUT.execute(all));
	}

	/** A page with one message (an answer, a refusal). */
	static ResponseEntity<String> message(HttpStatus status, String title, String message) {
		return page(status, title, template("answer"), Map.of("message", message), List.of());
	}

	/** The session's CSRF token, as the forms need it (empty outside a session). */
	static Mono<Map<String, Object>> csrf(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return ((token != null) ? token : Mono.<CsrfToken>empty())
			.map((csrf) -> Map.<String, Object>of("csrf",
					Map.of("parameterName", csrf.getParameterName(), "token", csrf.getToken())))
			.defaultIfEmpty(Map.of());
	}

}
