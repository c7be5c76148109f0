package org.peersupport.matching.scim;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SCIM attribute names are case-insensitive (RFC 7643 §2.1): these read and write an
 * object's member whatever the case it was spelt in.
 */
final class ScimNodes {

	private ScimNodes() {
	}

	/** The member's own spelling in {@code node}, or null when it has none. */
	static String key(JsonNode node, String name) {
		if (node == null || !node.isObject()) {
			return null;
		}
		for (Map.Entry<String, JsonNode> member : node.properties()) {
			if (member.getKey().equalsIgnoreCase(name)) {
				return member.getKey();
			}
		}
		return null;
	}

	/** The member, or null when absent or JSON null. */
	static JsonNode get(JsonNode node, String name) {
		String key = key(node, name);
		JsonNode value = (key != null) ? node.get(key) : null;
		return (value == null || value.isNull()) ? null : value;
	}

	/** Sets the member, replacing any spelling of it. */
	static void set(ObjectNode node, String name, JsonNode value) {
		remove(node, name);
		node.set(name, value);
	}

	static void remove(ObjectNode node, String name) {
		String key = key(node, name);
		if (key != null) {
			node.remove(key);
		}
	}

	/** The member object, created when absent (or not an object). */
	static ObjectNode object(ObjectNode node, String name) {
		JsonNode existing = get(node, name);
		if (existing instanceof ObjectNode object) {
			return object;
		}
		ObjectNode created = node.objectNode();
		set(node, name, created);
		return created;
	}

}
