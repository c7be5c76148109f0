package org.peersupport.accesstrail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds the route a request was for from the service's request mapping, without running
 * the mapping itself (which would apply CORS to the response). It works for requests the
 * security chain refused before any handler was chosen: a refused attempt is recorded
 * against the record it tried.
 */
final class RouteFinder {

	private final BeanFactory beans;

	private volatile List<Template> templates;

	RouteFinder(BeanFactory beans) {
		this.beans = beans;
	}

	RouteMatch match(ServerWebExchange exchange) {
		PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
		HttpMethod method = exchange.getRequest().getMethod();
		PathPattern best = null;
		boolean bestAllowsMethod = false;
		for (Template template : templates()) {
			if (!template.pattern().matches(path)) {
				continue;
			}
			boolean allowsMethod = template.allows(method);
			// A route for this method wins over one for another method (a 405 attempt is
			// still recorded against the path's route); then the most specific pattern.
			if (best == null || (allowsMethod && !bestAllowsMethod) || (allowsMethod == bestAllowsMethod
					&& PathPattern.SPECIFICITY_COMPARATOR.compare(template.pattern(), best) < 0)) {
				best = template.pattern();
				bestAllowsMethod = allowsMethod;
			}
		}
		if (best == null) {
			return RouteMatch.unmatched();
		}
		PathPattern.PathMatchInfo variables = best.matchAndExtract(path);
		Map<String, String> values = (variables != null) ? variables.getUriVariables() : Map.of();
		return RouteMatch.of(best.getPatternString(), values, exchange.getRequest().getQueryParams());
	}

	private List<Template> templates() {
		List<Template> known = this.templates;
		if (known == null) {
			known = new ArrayList<>();
			RequestMappingHandlerMapping mapping = this.beans.getBean("requestMappingHandlerMapping",
					RequestMappingHandlerMapping.class);
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
					known.add(new Template(pattern, info.getMethodsCondition().getMethods()));
				}
			}
			this.templates = List.copyOf(known);
		}
		return known;
	}

	private record Template(PathPattern pattern, Set<RequestMethod> methods) {

		boolean allows(HttpMethod method) {
			return this.methods.isEmpty() || this.methods.stream().anyMatch((m) -> m.name().equals(method.name()));
		}

	}

}
