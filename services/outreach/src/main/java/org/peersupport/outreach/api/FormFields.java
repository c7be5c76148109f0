package org.peersupport.outreach.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.MultiValueMap;

/**
 * A page's form as the JSON the API reads, so a page and the API accept exactly the same
 * input and refuse it with the same reasons. The CSRF token is not part of it; an empty
 * field is a choice not made; the flags' {@code true} and {@code false} are booleans.
 */
public final class FormFields {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Set<String> NOT_INPUT = Set.of("_csrf");

	private FormFields() {
	}

	public static ObjectNode of(MultiValueMap<String, String> form, Set<String> flags) {
		ObjectNode body = NODES.objectNode();
		for (Map.Entry<String, List<String>> field : form.entrySet()) {
			String name = field.getKey();
			List<String> values = field.getValue().stream().filter((v) -> v != null && !v.isEmpty()).toList();
			if (NOT_INPUT.contains(name) || values.isEmpty()) {
				continue;
			}
			if (values.size() > 1) {
				// Refused by every reader: no field takes several values.
				ArrayNode several = body.putArray(name);
				values.forEach(several::add);
			}
			else if (flags.contains(name) && ("true".equals(values.get(0)) || "false".equals(values.get(0)))) {
				body.put(name, Boolean.parseBoolean(values.get(0)));
			}
			else {
				body.put(name, values.get(0));
			}
		}
		return body;
	}

}
