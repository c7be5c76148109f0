package org.peersupport.accesstrail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * What a request was about, from the route it matched: the route's pattern, the kind of
 * record (the first fixed segment after {@code /api/v1/}, or of a page's path) and its
 * ids (the path variables, and query parameters named like ids such as {@code staffId}).
 *
 * @param route the route pattern, or {@link #NO_ROUTE}
 * @param resourceType the kind of record
 * @param resourceId the ids as {@code name=value&...}, or null when the route has none
 */
record RouteMatch(String route, String resourceType, String resourceId) {

	/** The route of a request that matched none of the service's routes. */
	static final String NO_ROUTE = "(no route)";

	/** Ids are kept short: a hostile request must not grow the trail without bound. */
	private static final int MAX_VALUE = 100;

	private static final int MAX_IDS = 5;

	static RouteMatch unmatched() {
		return new RouteMatch(NO_ROUTE, "unknown", null);
	}

	static RouteMatch of(String pattern, Map<String, String> variables, MultiValueMap<String, String> query) {
		List<String> ids = new ArrayList<>();
		variables.forEach((name, value) -> ids.add(name + "=" + shorten(value)));
		query.forEach((name, values) -> {
			if (name.endsWith("Id") && !values.isEmpty() && values.get(0) != null) {
				ids.add(name + "=" + shorten(values.get(0)));
			}
		});
		List<String> kept = ids.subList(0, Math.min(ids.size(), MAX_IDS));
		return new RouteMatch(pattern, resourceType(pattern), kept.isEmpty() ? null : String.join("&", kept));
	}

	/** {@code /api/v1/crises/{id}/pages} is about crises; {@code /} is a page. */
	static String resourceType(String pattern) {
		String path = pattern.startsWith("/api/v1/") ? pattern.substring("/api/v1/".length()) : pattern;
		for (String segment : path.split("/")) {
			if (!segment.isEmpty() && !segment.startsWith("{")) {
				return segment;
			}
		}
		return "page";
	}

	private static String shorten(String value) {
		return (value.length() <= MAX_VALUE) ? value : value.substring(0, MAX_VALUE);
	}

}
