package org.peersupport.web;

import java.time.DateTimeException;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * How a {@link FieldReader} turns one JSON value into a {@link FieldValue}: missing, null
 * and blank are absent; a value of the wrong JSON type is a problem, never converted.
 */
final class JsonValues {

	private JsonValues() {
	}

	static boolean given(JsonNode node) {
		return !node.isMissingNode() && !node.isNull();
	}

	/**
	 * @param lines whether line breaks and tabs are allowed; other control characters
	 * never are
	 */
	static FieldValue<String> text(FieldReader at, JsonNode node, int maxLength, boolean lines) {
		if (!given(node)) {
			return FieldValue.absent(at);
		}
		if (!node.isString()) {
			return FieldValue.invalid(at, "must be a string");
		}
		String text = node.stringValue().strip();
		if (text.isEmpty()) {
			return FieldValue.blank(at);
		}
		if (text.length() > maxLength) {
			return FieldValue.invalid(at, "must be at most " + maxLength + " characters");
		}
		if (text.chars()
			.anyMatch((c) -> Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t')))) {
			return FieldValue.invalid(at, "must not contain control characters");
		}
		return FieldValue.present(at, text);
	}

	/**
	 * Text parsed into a value; a value of another JSON type, or text that does not
	 * parse, is a problem saying what was expected.
	 */
	static <T> FieldValue<T> parsed(FieldReader at, JsonNode node, String expected, Function<String, T> parse) {
		if (!given(node)) {
			return FieldValue.absent(at);
		}
		if (!node.isString()) {
			return FieldValue.invalid(at, "must be " + expected);
		}
		String text = node.stringValue().strip();
		if (text.isEmpty()) {
			return FieldValue.blank(at);
		}
		try {
			return FieldValue.present(at, parse.apply(text));
		}
		catch (DateTimeException | IllegalArgumentException ex) {
			return FieldValue.invalid(at, "must be " + expected);
		}
	}

	static FieldValue<Boolean> flag(FieldReader at, JsonNode node) {
		if (!given(node)) {
			return FieldValue.absent(at);
		}
		return node.isBoolean() ? FieldValue.present(at, node.booleanValue())
				: FieldValue.invalid(at, "must be true or false");
	}

	/**
	 * A whole number that {@code fits} the type asked for, converted by {@code value}.
	 */
	static <N extends Number> FieldValue<N> whole(FieldReader at, JsonNode node, boolean fits,
			Function<JsonNode, N> value) {
		if (!given(node)) {
			return FieldValue.absent(at);
		}
		return (node.isIntegralNumber() && fits) ? FieldValue.present(at, value.apply(node))
				: FieldValue.invalid(at, "must be a whole number");
	}

}
