package org.peersupport.matching.scim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A PATCH operation's {@code path} (RFC 7644 §3.5.2): {@code attribute},
 * {@code attribute.sub}, {@code attribute[filter]} or {@code attribute[filter].sub},
 * optionally led by the schema's URN, as Entra ID addresses the enterprise extension
 * ({@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager}). Attribute
 * names are case-insensitive; they are kept as the request spelt them and matched without
 * regard to case where they are applied.
 *
 * @param schema the schema the attribute belongs to: {@link ScimSchemas#USER} or
 * {@link ScimSchemas#ENTERPRISE}
 * @param attribute the attribute
 * @param filter which values of a multi-valued attribute, or null for all
 * @param subAttribute the sub-attribute, or null for the attribute itself
 */
record ScimPath(String schema, String attribute, ValueFilter filter, String subAttribute) {

	private static final Pattern SHAPE = Pattern
		.compile("([A-Za-z][A-Za-z0-9_$-]*)(?:\\[([^\\]]*)\\])?(?:\\.([A-Za-z][A-Za-z0-9_$-]*))?");

	private static final Pattern VALUE_FILTER = Pattern.compile(
			"\\s*([A-Za-z][A-Za-z0-9_$-]*)\\s+([A-Za-z]{2})\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|true|false|True|False)\\s*");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Which values of a multi-valued attribute a path means: {@code type eq "work"}.
	 *
	 * @param attribute the sub-attribute compared
	 * @param value the value it must equal
	 */
	record ValueFilter(String attribute, JsonNode value) {

		boolean matches(JsonNode element) {
			JsonNode actual = ScimNodes.get(element, this.attribute);
			if (actual == null) {
				return false;
			}
			// Canonical values such as "work" compare without regard to case, and so do
			// booleans sent as strings ("True").
			return this.value.asString().equalsIgnoreCase(actual.asString());
		}

	}

	static ScimPath parse(String path) {
		String rest = path.strip();
		String schema = ScimSchemas.USER;
		if (ScimSchemas.prefixes(ScimSchemas.ENTERPRISE, rest)) {
			schema = ScimSchemas.ENTERPRISE;
			rest = rest.substring(ScimSchemas.ENTERPRISE.length() + 1);
		}
		else if (ScimSchemas.prefixes(ScimSchemas.USER, rest)) {
			rest = rest.substring(ScimSchemas.USER.length() + 1);
		}
		else if (rest.regionMatches(true, 0, "urn:", 0, 4)) {
			throw ScimException.invalidPath("path '" + path + "' names a schema this server does not support");
		}
		Matcher matcher = SHAPE.matcher(rest);
		if (!matcher.matches()) {
			throw ScimException.invalidPath("path '" + path + "' is not an attribute path");
		}
		ValueFilter filter = (matcher.group(2) != null) ? valueFilter(path, matcher.group(2)) : null;
		return new ScimPath(schema, matcher.group(1), filter, matcher.group(3));
	}

	/** Whether the path names {@code name} (without regard to case). */
	boolean is(String name) {
		return this.attribute.equalsIgnoreCase(name);
	}

	private static ValueFilter valueFilter(String path, String text) {
		Matcher matcher = VALUE_FILTER.matcher(text);
		if (!matcher.matches()) {
			throw ScimException.invalidPath("path '" + path + "' has a filter this server does not support: "
					+ "only 'attribute eq \"value\"'");
		}
		if (!matcher.group(2).equalsIgnoreCase("eq")) {
			throw ScimException.invalidPath("path '" + path + "' filter operator must be eq");
		}
		try {
			String raw = matcher.group(3);
			return new ValueFilter(matcher.group(1),
					JSON.readTree(raw.startsWith("\"") ? raw : raw.toLowerCase(Locale.ROOT)));
		}
		catch (JacksonException ex) {
			throw ScimException.invalidPath("path '" + path + "' filter value is not valid");
		}
	}

}
