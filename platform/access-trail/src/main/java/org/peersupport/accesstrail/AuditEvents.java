package org.peersupport.accesstrail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Trail entries as FHIR R4 AuditEvent resources in a searchset Bundle, following the IHE
 * Basic Audit Log Patterns (BALP): type {@code rest}, the RESTful interaction as subtype,
 * the user, client (DICOM Source Role ID, with the network address) and server
 * (Destination Role ID) agents, the record as entity, the purpose of use. A successful
 * entry claims BALP's Read, Query, Create, Update or Delete profile; a refused or failed
 * one claims none (those profiles describe successes) and carries its outcome.
 */
final class AuditEvents {

	static final String BALP = "https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.";

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";

	private static final String PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

	private static final String ROLE_CLASS = "http://terminology.hl7.org/CodeSystem/v3-RoleClass";

	/** Staff ids and token subjects are the platform's own identifier systems. */
	static final String STAFF_ID = "urn:peersupport:staff-id";

	static final String SUBJECT = "urn:peersupport:token-subject";

	private AuditEvents() {
	}

	static ObjectNode bundle(List<TrailEntry> entries) {
		ObjectNode bundle = JSON.objectNode().put("resourceType", "Bundle").put("type", "searchset");
		bundle.put("total", entries.size());
		ArrayNode items = bundle.putArray("entry");
		for (TrailEntry entry : entries) {
			ObjectNode item = items.addObject();
			item.put("fullUrl", "urn:uuid:"
					+ UUID.nameUUIDFromBytes((entry.service() + "/" + entry.seq()).getBytes(StandardCharsets.UTF_8)));
			item.set("resource", auditEvent(entry));
			item.putObject("search").put("mode", "match");
		}
		return bundle;
	}

	static ObjectNode auditEvent(TrailEntry stored) {
		AccessEntry entry = stored.entry();
		Interaction interaction = Interaction.of(entry);
		ObjectNode event = JSON.objectNode()
			.put("resourceType", "AuditEvent")
			.put("id", stored.service() + "-" + stored.seq());
		if (entry.succeeded()) {
			event.putObject("meta").putArray("profile").add(BALP + interaction.profile);
		}
		event.set("type",
				coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", "Restful Operation"));
		event.putArray("subtype")
			.add(coding("http://hl7.org/fhir/restful-interaction", interaction.subtype, interaction.subtype));
		event.put("action", interaction.action);
		event.put("recorded", entry.recordedAt().toString());
		event.put("outcome", (entry.outcome() < 400) ? "0" : (entry.outcome() < 500) ? "4" : "8");
		event.put("outcomeDesc", "HTTP " + entry.outcome());
		event.putArray("purposeOfEvent").add(purpose(entry));
		ArrayNode agents = event.putArray("agent");
		if (entry.actorSubject() != null) {
			agents.add(user(entry, interaction));
		}
		ObjectNode client = agents.addObject();
		client.set("type", concept(DICOM, "110153", "Source Role ID"));
		client.put("requestor", entry.actorSubject() == null);
		if (entry.clientAddress() != null) {
			client.putObject("network").put("address", entry.clientAddress()).put("type", "2");
		}
		ObjectNode server = agents.addObject();
		server.set("type", concept(DICOM, "110152", "Destination Role ID"));
		server.putObject("who").put("display", stored.service());
		server.put("requestor", false);
		ObjectNode source = event.putObject("source");
		source.putObject("observer").put("display", stored.service());
		source.putArray("type")
			.add(coding("http://terminology.hl7.org/CodeSystem/security-source-type", "4", "Application Server"));
		event.putArray("entity").add(entity(entry));
		return event;
	}

	private static ObjectNode user(AccessEntry entry, Interaction interaction) {
		ObjectNode user = JSON.objectNode();
		user.set("type", interaction.changes ? concept(ROLE_CLASS, "AGNT", "agent")
				: concept(PARTICIPATION, "IRCP", "information recipient"));
		ObjectNode who = user.putObject("who");
		if (entry.actorStaffId() != null) {
			who.putObject("identifier").put("system", STAFF_ID).put("value", entry.actorStaffId());
		}
		else {
			who.putObject("identifier").put("system", SUBJECT).put("value", entry.actorSubject());
		}
		user.put("altId", entry.actorSubject());
		ArrayNode roles = user.putArray("role");
		for (String role : entry.actorRoles().split(",")) {
			if (!role.isEmpty()) {
				roles.add(concept("urn:peersupport:role", role, role));
			}
		}
		user.put("requestor", true);
		user.putArray("purposeOfUse").add(purpose(entry));
		return user;
	}

	private static ObjectNode entity(AccessEntry entry) {
		ObjectNode entity = JSON.objectNode();
		if (entry.resourceId() != null) {
			entity.putObject("what")
				.putObject("identifier")
				.put("system", "urn:peersupport:" + entry.resourceType())
				.put("value", entry.resourceId());
		}
		entity.set("type", coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "2", "System Object"));
		entity.set("role", coding("http://terminology.hl7.org/CodeSystem/object-role", "4", "Domain Resource"));
		entity.put("name", entry.resourceType());
		entity.put("description", entry.action() + " " + entry.route());
		return entity;
	}

	private static ObjectNode purpose(AccessEntry entry) {
		return concept(PurposeOfUse.SYSTEM, entry.purpose(), entry.purpose());
	}

	private static ObjectNode concept(String system, String code, String display) {
		ObjectNode concept = JSON.objectNode();
		concept.putArray("coding").add(coding(system, code, display));
		return concept;
	}

	private static ObjectNode coding(String system, String code, String display) {
		return JSON.objectNode().put("system", system).put("code", code).put("display", display);
	}

	/** How BALP names what a request did. */
	private enum Interaction {

		READ("Read", "read", "R", false), QUERY("Query", "search-type", "E", false),
		CREATE("Create", "create", "C", true), UPDATE("Update", "update", "U", true),
		DELETE("Delete", "delete", "D", true);

		private final String profile;

		private final String subtype;

		private final String action;

		private final boolean changes;

		Interaction(String profile, String subtype, String action, boolean changes) {
			this.profile = profile;
			this.subtype = subtype;
			this.action = action;
			this.changes = changes;
		}

		/**
		 * A read names a record, a query does not; a post to a record (accept, pause)
		 * changes it, a post to a collection creates.
		 */
		static Interaction of(AccessEntry entry) {
			boolean one = entry.resourceId() != null;
			return switch (entry.action()) {
				case "GET", "HEAD" -> one ? READ : QUERY;
				case "POST" -> one ? UPDATE : CREATE;
				case "PUT", "PATCH" -> UPDATE;
				case "DELETE" -> DELETE;
				default -> READ;
			};
		}

	}

}
