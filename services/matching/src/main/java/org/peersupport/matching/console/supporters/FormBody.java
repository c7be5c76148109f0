package org.peersupport.matching.console.supporters;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.MultiValueMap;

/**
 * A console form's fields as the JSON object the API reads, so one {@code FieldReader}
 * checks both: each field's first value as text, blank fields left out (absent, as in the
 * API), the CSRF token dropped.
 */
public final class FormBody {

	private static final String CSRF = "_csrf";

	private FormBody() {
	}

	public static JsonNode of(MultiValueMap<String, String> form) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		for (Map.Entry<String, List<String>> field : form.entrySet()) {
			String value = field.getValue().isEmpty() ? null : field.getValue().get(0);
			if (!CSRF.equals(field.getKey()) && value != null && !value.isBlank()) {
				body.put(field.getKey(), value);
			}
		}
		return body;
	}

	/** A field's first value, or empty, to show again in a refused form. */
	public static String value(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return (value != null) ? value : "";
	}

}
