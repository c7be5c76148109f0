package org.peersupport.matching.scim;

import java.util.Locale;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Reads a whole user (a POST or PUT body, or the result of a PATCH) and refuses what the
 * directory cannot hold with {@code invalidValue} naming the attribute. Lenient where
 * identity systems are known to depart from RFC 7643: booleans as strings
 * ({@code "False"}, Entra ID), a manager as a bare id rather than {@code {"value": id}},
 * or as a one-element array.
 */
final class ScimUserReader {

	/** What a staff id may hold: it travels in paths, topics' keys and the roster. */
	private static final Pattern STAFF_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,99}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

	private static final int MAX_TEXT = 200;

	private ScimUserReader() {
	}

	static ScimUser read(JsonNode user) {
		if (user == null || !user.isObject()) {
			throw ScimException.invalidSyntax("the body must be a User object");
		}
		String userName = text(user, "userName", "userName");
		if (userName == null) {
			throw ScimException.invalidValue("userName is required: it is the staff id");
		}
		if (!STAFF_ID.matcher(userName).matches()) {
			throw ScimException.invalidValue("userName must be a staff id: letters, digits and . _ @ + -, "
					+ "starting with a letter or digit, at most 100 characters");
		}
		JsonNode name = ScimNodes.get(user, "name");
		if (name != null && !name.isObject()) {
			throw ScimException.invalidValue("name must be an object");
		}
		JsonNode enterprise = ScimNodes.get(user, ScimSchemas.ENTERPRISE);
		if (enterprise != null && !enterprise.isObject()) {
			throw ScimException.invalidValue(ScimSchemas.ENTERPRISE + " must be an object");
		}
		String managerId = manager(enterprise);
		if (userName.equals(managerId)) {
			throw ScimException.invalidValue("manager.value cannot be the user themselves");
		}
		ScimUser read = new ScimUser(userName, text(user, "externalId", "externalId"),
				text(user, "displayName", "displayName"), text(name, "givenName", "name.givenName"),
				text(name, "familyName", "name.familyName"), text(name, "formatted", "name.formatted"), email(user),
				text(user, "title", "title"), text(enterprise, "department", "department"), managerId,
				bool(user, "active", true));
		if (read.directoryName() == null) {
			throw ScimException.invalidValue("displayName or name (givenName, familyName) is required");
		}
		return read;
	}

	/** The primary address, else the work one, else the first. */
	private static String email(JsonNode user) {
		JsonNode emails = ScimNodes.get(user, "emails");
		if (emails == null) {
			return null;
		}
		if (!emails.isArray()) {
			throw ScimException.invalidValue("emails must be an array");
		}
		JsonNode chosen = null;
		int rank = Integer.MAX_VALUE;
		for (JsonNode email : emails) {
			if (!email.isObject()) {
				throw ScimException.invalidValue("emails must hold objects with a value");
			}
			JsonNode type = ScimNodes.get(email, "type");
			int mine = bool(email, "primary", false) ? 0
					: (type != null && "work".equalsIgnoreCase(type.asString())) ? 1 : 2;
			if (mine < rank && text(email, "value", "emails.value") != null) {
				chosen = email;
				rank = mine;
			}
		}
		String address = (chosen != null) ? text(chosen, "value", "emails.value") : null;
		if (address != null && !EMAIL.matcher(address).matches()) {
			throw ScimException.invalidValue("emails.value is not an e-mail address");
		}
		return address;
	}

	private static String manager(JsonNode enterprise) {
		JsonNode manager = ScimNodes.get(enterprise, "manager");
		if (manager != null && manager.isArray()) {
			manager = manager.isEmpty() ? null : manager.get(0);
		}
		if (manager == null) {
			return null;
		}
		String id = manager.isObject() ? text(manager, "value", "manager.value") : scalar(manager, "manager");
		if (id != null && !STAFF_ID.matcher(id).matches()) {
			throw ScimException.invalidValue("manager.value must be the manager's id (their staff id)");
		}
		return id;
	}

	/** A string attribute, stripped; null when absent or empty. */
	private static String text(JsonNode node, String attribute, String named) {
		JsonNode value = ScimNodes.get(node, attribute);
		return (value == null) ? null : scalar(value, named);
	}

	private static String scalar(JsonNode value, String named) {
		if (!value.isString()) {
			throw ScimException.invalidValue(named + " must be a string");
		}
		String text = value.asString().strip();
		if (text.length() > MAX_TEXT) {
			throw ScimException.invalidValue(named + " must be at most " + MAX_TEXT + " characters");
		}
		return text.isEmpty() ? null : text;
	}

	/** A boolean, or the string "true"/"false" in any case, as Entra ID sends. */
	private static boolean bool(JsonNode node, String attribute, boolean absent) {
		JsonNode value = ScimNodes.get(node, attribute);
		if (value == null) {
			return absent;
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isString()) {
			String text = value.asString().strip().toLowerCase(Locale.ROOT);
			if (text.equals("true") || text.equals("false")) {
				return text.equals("true");
			}
		}
		throw ScimException.invalidValue(attribute + " must be true or false");
	}

}
