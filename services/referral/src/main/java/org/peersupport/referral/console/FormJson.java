package org.peersupport.referral.console;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.web.InvalidInputException;

import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;

/**
 * A console form as the JSON the API reads, so the page and the API accept exactly the
 * same input and refuse it with the same reasons, naming the same fields. The CSRF token
 * is not input; an empty field is a value not given; a flag's {@code true} and
 * {@code false} become booleans and a whole number's digits a number (anything else stays
 * text, so the reader refuses it as it would refuse it in JSON).
 */
final class FormJson {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Set<String> NOT_INPUT = Set.of("_csrf");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,18}");

	private FormJson() {
	}

	/**
	 * The form a page posted. A body that is not URL-encoded as a form says (a stray
	 * {@code %}) is refused 400 naming the body, as a JSON body that does not parse is,
	 * rather than failing in the decoder.
	 */
	static Mono<MultiValueMap<String, String>> posted(ServerWebExchange exchange) {
		return exchange.getFormData()
			.onErrorMap(IllegalArgumentException.class,
					(ex) -> new InvalidInputException("body", "must be a form, its fields URL-encoded"));
	}

	static ObjectNode of(MultiValueMap<String, String> form, Set<String> flags, Set<String> numbers) {
		ObjectNode body = NODES.objectNode();
		for (Map.Entry<String, List<String>> field : form.entrySet()) {
			String name = field.getKey();
			List<String> values = field.getValue()
				.stream()
				.filter((value) -> value != null && !value.isBlank())
				.map(String::strip)
				.toList();
			if (NOT_INPUT.contains(name) || values.isEmpty()) {
				continue;
			}
			if (values.size() > 1) {
				// Refused by every reader: no field takes several values.
				ArrayNode several = body.putArray(name);
				values.forEach(several::add);
				continue;
			}
			String value = values.get(0);
			if (flags.contains(name) && ("true".equals(value) || "false".equals(value))) {
				body.put(name, Boolean.parseBoolean(value));
			}
			else if (numbers.contains(name) && WHOLE_NUMBER.matcher(value).matches()) {
				body.put(name, Long.parseLong(value));
			}
			else {
				body.put(name, value);
			}
		}
		return body;
	}

	/**
	 * The rows of a form whose inputs are named as the API names an array's items
	 * ({@code [0].leadId}, {@code [0].pagerId}, {@code [1].leadId}, …), as a JSON array
	 * in the rows' order, a row left wholly empty left out. A page shows the rows again
	 * in this order, so a problem the reader names ({@code [1].pagerId}) is next to its
	 * field.
	 */
	static ArrayNode rows(MultiValueMap<String, String> form, List<String> columns, int maxRows) {
		ArrayNode rows = NODES.arrayNode();
		for (int row = 0; row < maxRows; row++) {
			ObjectNode item = NODES.objectNode();
			for (String column : columns) {
				String value = form.getFirst("[" + row + "]." + column);
				if (value != null && !value.isBlank()) {
					item.put(column, value.strip());
				}
			}
			if (!item.isEmpty()) {
				rows.add(item);
			}
		}
		return rows;
	}

}
