package org.peersupport.matching.scim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A list filter (RFC 7644 §3.4.2.2), of the subset identity systems send to find a user:
 * {@code userName eq "..."}, {@code externalId eq "..."} or {@code id eq "..."}.
 * Attribute names and the operator are case-insensitive and an attribute may be named
 * with the core schema's URN; anything else is refused as {@code invalidFilter}, never
 * ignored (a filter that matched everyone would make the identity system think a user
 * exists).
 *
 * @param attribute {@code userName}, {@code externalId} or {@code id}
 * @param value the value compared with
 */
record ScimFilter(String attribute, String value) {

	private static final Pattern EXPRESSION = Pattern
		.compile("\\s*([A-Za-z][A-Za-z0-9:._-]*)\\s+([A-Za-z]{2})\\s+(\"(?:[^\"\\\\]|\\\\.)*\")\\s*");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static ScimFilter parse(String filter) {
		Matcher matcher = EXPRESSION.matcher(filter);
		if (!matcher.matches()) {
			throw ScimException.invalidFilter(
					"filter must be of the form 'userName eq \"value\"' (also externalId or id), was: " + filter);
		}
		String attribute = matcher.group(1);
		if (ScimSchemas.prefixes(ScimSchemas.USER, attribute)) {
			attribute = attribute.substring(ScimSchemas.USER.length() + 1);
		}
		String operator = matcher.group(2).toLowerCase(Locale.ROOT);
		if (!operator.equals("eq")) {
			throw ScimException.invalidFilter("filter operator '" + matcher.group(2) + "' is not supported: only eq");
		}
		String name = switch (attribute.toLowerCase(Locale.ROOT)) {
			case "username" -> "userName";
			case "externalid" -> "externalId";
			case "id" -> "id";
			default -> throw ScimException
				.invalidFilter("filter on '" + attribute + "' is not supported: only userName, externalId and id");
		};
		return new ScimFilter(name, unquote(matcher.group(3)));
	}

	private static String unquote(String quoted) {
		try {
			JsonNode text = JSON.readTree(quoted);
			return text.asString();
		}
		catch (JacksonException ex) {
			throw ScimException.invalidFilter("filter value is not a valid string: " + quoted);
		}
	}

}
