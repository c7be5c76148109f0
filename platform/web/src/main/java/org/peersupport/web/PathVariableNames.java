package org.peersupport.web;

import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Names the path variable that holds a refused path segment, from the service's own route
 * list, so the answer says {@code supporterId} rather than "segment 4". Only a refusal
 * asks, so matching every route here costs nothing on good requests.
 */
final class PathVariableNames {

	private final ObjectProvider<RequestMappingInfoHandlerMapping> mappings;

	PathVariableNames(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	/** The variable's name, or {@code path} when no route declares one there. */
	String nameOf(PathContainer path, String segment) {
		return this.mappings.orderedStream()
			.flatMap((mapping) -> mapping.getHandlerMethods().keySet().stream())
			.map(RequestMappingInfo::getPatternsCondition)
			.flatMap((patterns) -> patterns.getPatterns().stream())
			.map((pattern) -> variableHolding(pattern, path, segment))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse("path");
	}

	private static Optional<String> variableHolding(PathPattern pattern, PathContainer path, String segment) {
		PathPattern.PathMatchInfo match = pattern.matchAndExtract(path);
		if (match == null) {
			return Optional.empty();
		}
		return match.getUriVariables()
			.entrySet()
			.stream()
			.filter((variable) -> variable.getValue().contains(segment))
			.map(Map.Entry::getKey)
			.findFirst();
	}

}
