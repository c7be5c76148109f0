package org.peersupport.matching.scim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies a PATCH request (RFC 7644 §3.5.2) to a user as JSON; the result is then read as
 * a whole user, exactly as a PUT would be, so a patch and a replace validate and write
 * alike. Besides the RFC it takes what Entra ID and Okta are known to send:
 * <ul>
 * <li>{@code op} in any case ({@code "Replace"});
 * <li>a path-less {@code value} whose keys are paths themselves
 * ({@code "name.givenName"}, {@code "urn:...:enterprise:2.0:User:department"}) or the
 * extension's URN holding an object;
 * <li>{@code replace} or {@code add} on {@code emails[type eq "work"].value} when there
 * is no such e-mail yet: the value is created rather than refused as {@code noTarget};
 * <li>a {@code remove} that carries a {@code value} (Entra removing a manager).
 * </ul>
 * String booleans ({@code "active": "False"}) and a manager given as a bare id are the
 * reader's business ({@link ScimUserReader}).
 */
final class ScimPatch {

	private ScimPatch() {
	}

	static void apply(ObjectNode user, JsonNode request) {
		if (request == null || !request.isObject()) {
			throw ScimException.invalidSyntax("the body must be a PatchOp object");
		}
		JsonNode operations = ScimNodes.get(request, "Operations");
		if (operations == null || !operations.isArray() || operations.isEmpty()) {
			throw ScimException.invalidSyntax("Operations must be a non-empty array of operations");
		}
		for (int i = 0; i < operations.size(); i++) {
			operation(user, operations.get(i), "Operations[" + i + "]");
		}
	}

	private static void operation(ObjectNode user, JsonNode operation, String where) {
		if (!operation.isObject()) {
			throw ScimException.invalidSyntax(where + " must be an object");
		}
		JsonNode op = ScimNodes.get(operation, "op");
		String kind = (op != null && op.isString()) ? op.asString().toLowerCase(Locale.ROOT) : "";
		if (!List.of("add", "replace", "remove").contains(kind)) {
			throw ScimException.invalidSyntax(where + ".op must be add, replace or remove");
		}
		JsonNode path = ScimNodes.get(operation, "path");
		JsonNode value = ScimNodes.get(operation, "value");
		if (path == null || (path.isString() && path.asString().isBlank())) {
			if (kind.equals("remove")) {
				throw new ScimException(400, "noTarget", where + ".path is required for remove");
			}
			if (value == null || !value.isObject()) {
				throw ScimException
					.invalidValue(where + ".value must be an object of attributes when there is no path");
			}
			pathless(user, kind, value);
			return;
		}
		if (!path.isString()) {
			throw ScimException.invalidPath(where + ".path must be a string");
		}
		ScimPath target = ScimPath.parse(path.asString());
		if (kind.equals("remove")) {
			remove(user, target);
			return;
		}
		if (value == null) {
			throw ScimException.invalidValue(where + ".value is required for " + kind);
		}
		set(user, target, kind, value);
	}

	/**
	 * Each key of the value is an attribute, a path, or a schema URN holding attributes.
	 */
	private static void pathless(ObjectNode user, String kind, JsonNode value) {
		for (Map.Entry<String, JsonNode> member : value.properties()) {
			String key = member.getKey();
			boolean enterprise = ScimSchemas.same(ScimSchemas.ENTERPRISE, key);
			if ((enterprise || ScimSchemas.same(ScimSchemas.USER, key)) && member.getValue().isObject()) {
				String schema = enterprise ? ScimSchemas.ENTERPRISE : ScimSchemas.USER;
				for (Map.Entry<String, JsonNode> attribute : member.getValue().properties()) {
					set(user, new ScimPath(schema, attribute.getKey(), null, null), kind, attribute.getValue());
				}
			}
			else if (!key.equalsIgnoreCase("schemas")) {
				set(user, ScimPath.parse(key), kind, member.getValue());
			}
		}
	}

	private static void set(ObjectNode user, ScimPath path, String kind, JsonNode value) {
		ObjectNode container = container(user, path);
		JsonNode existing = ScimNodes.get(container, path.attribute());
		if (path.filter() == null && path.subAttribute() == null) {
			if (existing instanceof ArrayNode values && kind.equals("add")) {
				// Adding to a multi-valued attribute appends (RFC 7644 §3.5.2.1).
				appendAll(values, value);
			}
			else if (existing instanceof ObjectNode complex && value.isObject()) {
				// A complex attribute's unnamed sub-attributes stay as they are.
				value.properties().forEach((sub) -> ScimNodes.set(complex, sub.getKey(), sub.getValue()));
			}
			else {
				ScimNodes.set(container, path.attribute(), value);
			}
			return;
		}
		if (path.filter() == null) {
			if (existing instanceof ArrayNode values) {
				values.forEach((element) -> setSub(element, path.subAttribute(), value));
			}
			else {
				ScimNodes.set(ScimNodes.object(container, path.attribute()), path.subAttribute(), value);
			}
			return;
		}
		ArrayNode values = (existing instanceof ArrayNode array) ? array : container.arrayNode();
		List<JsonNode> matched = matching(values, path);
		if (matched.isEmpty()) {
			// Entra ID and Okta replace emails[type eq "work"].value on a user who has
			// none.
			ObjectNode created = values.addObject();
			created.set(path.filter().attribute(), path.filter().value());
			matched = List.of(created);
		}
		for (JsonNode element : matched) {
			if (path.subAttribute() != null) {
				setSub(element, path.subAttribute(), value);
			}
			else if (element instanceof ObjectNode object && value.isObject()) {
				value.properties().forEach((sub) -> ScimNodes.set(object, sub.getKey(), sub.getValue()));
			}
		}
		ScimNodes.set(container, path.attribute(), values);
	}

	private static void remove(ObjectNode user, ScimPath path) {
		ObjectNode container = container(user, path);
		JsonNode existing = ScimNodes.get(container, path.attribute());
		if (existing == null) {
			return;
		}
		if (path.filter() == null && path.subAttribute() == null) {
			ScimNodes.remove(container, path.attribute());
			return;
		}
		List<JsonNode> targets = new ArrayList<>();
		if (existing instanceof ArrayNode values) {
			targets.addAll((path.filter() != null) ? matching(values, path) : values.valueStream().toList());
			if (path.subAttribute() == null) {
				for (int i = values.size() - 1; i >= 0; i--) {
					if (targets.contains(values.get(i))) {
						values.remove(i);
					}
				}
				return;
			}
		}
		else {
			targets.add(existing);
		}
		for (JsonNode target : targets) {
			if (target instanceof ObjectNode object && path.subAttribute() != null) {
				ScimNodes.remove(object, path.subAttribute());
			}
		}
	}

	private static ObjectNode container(ObjectNode user, ScimPath path) {
		return ScimSchemas.ENTERPRISE.equals(path.schema()) ? ScimNodes.object(user, ScimSchemas.ENTERPRISE) : user;
	}

	private static List<JsonNode> matching(ArrayNode values, ScimPath path) {
		return values.valueStream().filter((element) -> path.filter().matches(element)).toList();
	}

	private static void setSub(JsonNode element, String sub, JsonNode value) {
		if (element instanceof ObjectNode object) {
			ScimNodes.set(object, sub, value);
		}
	}

	private static void appendAll(ArrayNode values, JsonNode value) {
		if (value.isArray()) {
			value.forEach(values::add);
		}
		else {
			values.add(value);
		}
	}

}
