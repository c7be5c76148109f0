package org.peersupport.console;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Template;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;

/**
 * Renders a console page: the service's body template inside the one layout (navigation
 * to every section, skip link, sign-out), server-side and escaped, with the session's
 * CSRF token for every form ({@code {{csrf.parameterName}}}, {@code {{csrf.token}}}) and
 * a form's problems summarised at the top.
 *
 * <p>
 * Model keys the layout reads: {@code title}, {@code notice} (a line confirming what was
 * just done), {@code form} (a {@link ConsoleForm}, for its summary of problems).
 */
public final class ConsolePages {

	private static final Template LAYOUT = ConsoleTemplates.load("/org/peersupport/console/layout.mustache");

	private final ConsoleProperties properties;

	public ConsolePages(ConsoleProperties properties) {
		this.properties = properties;
	}

	/** A page of a section, its body rendered from the model. */
	public Mono<ResponseEntity<String>> page(ServerWebExchange exchange, ConsoleSection section, HttpStatus status,
			String title, Template body, Map<String, Object> model) {
		return csrf(exchange).map((csrf) -> {
			Map<String, Object> all = new HashMap<>(model);
			all.put("title", title);
			all.put("csrf", csrf);
			all.put("sections", navigation(section));
			Object form = model.get("form");
			if (form instanceof ConsoleForm refused && refused.refused()) {
				all.put("problems", refused.summary());
				all.put("hasProblems", true);
			}
			all.put("content", body.execute(all));
			return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(LAYOUT.execute(all));
		});
	}

	/**
	 * After a form post that worked: see the section's page (303), so reloading it does
	 * not post again. {@code location} is relative to this service.
	 */
	public static ResponseEntity<String> seeOther(String location) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location)).build();
	}

	/** The address of a section's page, for links between sections. */
	public String href(ConsoleSection section) {
		return this.properties.href(section);
	}

	private List<Map<String, Object>> navigation(ConsoleSection current) {
		List<Map<String, Object>> sections = new ArrayList<>();
		for (ConsoleSection section : ConsoleSection.values()) {
			sections.add(Map.of("href", this.properties.href(section), "label", section.label(), "current",
					section == current));
		}
		return sections;
	}

	private static Mono<Map<String, Object>> csrf(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return ((token != null) ? token : Mono.<CsrfToken>empty())
			.map((csrf) -> Map.<String, Object>of("parameterName", csrf.getParameterName(), "token", csrf.getToken()))
			.defaultIfEmpty(Map.of());
	}

}
