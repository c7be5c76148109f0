package org.peersupport.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * A service's routes as its controllers declare them, read from its request mapping: the
 * one list the authorization matrix and the route fuzzer both work from, so a new
 * endpoint is in both at once.
 */
public final class ServiceRoutes {

	private ServiceRoutes() {
	}

	/** Every route, one per method and pattern, in a stable order. */
	public static List<Route> of(RequestMappingHandlerMapping mapping) {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = handler.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			List<String> query = queryParameters(handler.getValue());
			for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(HttpMethod.valueOf(method.name()), pattern.getPatternString(), query));
				}
			}
		}
		routes.sort(Comparator.comparing(Route::key));
		return routes;
	}

	private static List<String> queryParameters(HandlerMethod handler) {
		List<String> names = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				if (name != null && !Map.class.isAssignableFrom(parameter.getParameterType())) {
					names.add(name);
				}
			}
		}
		return List.copyOf(names);
	}

	/**
	 * One route.
	 *
	 * @param method the HTTP method
	 * @param pattern the path pattern as declared, such as {@code /api/v1/crises/{id}}
	 * @param queryParameters the names of the query parameters the handler declares
	 */
	public record Route(HttpMethod method, String pattern, List<String> queryParameters) {

		/** The route as the matrix names it: {@code "GET /api/v1/crises/{id}"}. */
		public String key() {
			return this.method.name() + " " + this.pattern;
		}

		/** Whether requests on this route carry a body. */
		public boolean takesBody() {
			return this.method == HttpMethod.POST || this.method == HttpMethod.PUT || this.method == HttpMethod.PATCH;
		}

	}

}
