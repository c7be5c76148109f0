package org.peersupport.matching.scim;

import java.util.Optional;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.matching.directory.Contacts;
import org.peersupport.matching.directory.StaffMember;
import org.peersupport.matching.scim.ScimRecords.ScimRecord;

/**
 * A directory entry as a SCIM User resource (RFC 7643 §4.1, with the enterprise
 * extension).
 */
final class ScimUserView {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private ScimUserView() {
	}

	/** The resource as answered: with id, schemas and meta. */
	static ObjectNode of(StaffMember member, Contacts contacts, Optional<ScimRecord> record, boolean active,
			String base) {
		ObjectNode user = NODES.objectNode();
		user.putArray("schemas").add(ScimSchemas.USER).add(ScimSchemas.ENTERPRISE);
		user.put("id", member.staffId());
		user.setAll(state(member, contacts, record, active));
		if (ScimNodes.get(user, "displayName") == null) {
			contacts.name(member).ifPresent((name) -> user.put("displayName", name));
		}
		ObjectNode meta = user.putObject("meta");
		meta.put("resourceType", "User");
		meta.put("created", record.map(ScimRecord::created).orElse(member.updatedAt()).toString());
		meta.put("lastModified",
				record.map(ScimRecord::lastModified)
					.filter((modified) -> modified.isAfter(member.updatedAt()))
					.orElse(member.updatedAt())
					.toString());
		meta.put("location", base + "/scim/v2/Users/" + member.staffId());
		return user;
	}

	/**
	 * The attributes a PATCH applies to: what the identity system last said, as the
	 * directory holds it. A person imported from the roster, not yet provisioned, shows
	 * their roster name as their display name.
	 */
	static ObjectNode state(StaffMember member, Contacts contacts, Optional<ScimRecord> record, boolean active) {
		ObjectNode user = NODES.objectNode();
		user.put("userName", member.staffId());
		record.map(ScimRecord::externalId).ifPresent((id) -> user.put("externalId", id));
		String displayName = record.isPresent() ? record.get().displayName() : contacts.name(member).orElse(null);
		if (displayName != null) {
			user.put("displayName", displayName);
		}
		ObjectNode name = NODES.objectNode();
		record.map(ScimRecord::givenName).ifPresent((given) -> name.put("givenName", given));
		record.map(ScimRecord::familyName).ifPresent((family) -> name.put("familyName", family));
		if (!name.isEmpty()) {
			user.set("name", name);
		}
		contacts.email(member)
			.ifPresent((email) -> user.putArray("emails")
				.addObject()
				.put("value", email)
				.put("type", "work")
				.put("primary", true));
		if (member.profile().role() != null) {
			user.put("title", member.profile().role());
		}
		user.put("active", active);
		ObjectNode enterprise = NODES.objectNode();
		if (member.profile().department() != null) {
			enterprise.put("department", member.profile().department());
		}
		if (member.profile().supervisorId() != null) {
			enterprise.putObject("manager").put("value", member.profile().supervisorId());
		}
		user.set(ScimSchemas.ENTERPRISE, enterprise);
		return user;
	}

}
