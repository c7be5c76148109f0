package org.peersupport.security;

import java.util.regex.Pattern;

import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;

/**
 * What a log line may say about a request's path. Paths carry staff ids
 * ({@code /api/v1/supporters/C-10/offers}, {@code /portal/C-10}) and logs outlive every
 * retention rule (docs/privacy.md, "Logs"), so a line names the route's pattern when a
 * route was matched, and otherwise only the route's collection: the first segment, and
 * for {@code /api/<version>/<collection>} those three.
 */
public final class LoggedPaths {

	private static final Pattern ROUTE_WORD = Pattern.compile("[a-z][a-z0-9-]*");

	private LoggedPaths() {
	}

	/** The route's pattern, or the path up to its collection followed by {@code /…}. */
	public static String of(ServerWebExchange exchange) {
		Object pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (pattern instanceof PathPattern matched) {
			return matched.getPatternString();
		}
		return collection(exchange.getRequest().getPath().value());
	}

	static String collection(String path) {
		String[] segments = path.replaceFirst("^/+", "").split("/", -1);
		int wanted = "api".equals(segments[0]) ? Math.min(3, segments.length) : 1;
		StringBuilder shown = new StringBuilder();
		int kept = 0;
		// Route words are lower case; anything else (an id, a typo) is not repeated.
		while (kept < wanted && ROUTE_WORD.matcher(segments[kept]).matches()) {
			shown.append('/').append(segments[kept++]);
		}
		boolean root = segments.length == 1 && segments[0].isEmpty();
		if (root) {
			return "/";
		}
		return (kept < segments.length) ? shown + "/…" : shown.toString();
	}

}
