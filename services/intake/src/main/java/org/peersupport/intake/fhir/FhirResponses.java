package org.peersupport.intake.fhir;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.intake.report.IntakeReceipt;
import org.peersupport.web.FieldProblem;

/**
 * OperationOutcome and response Bundles, built once as JSON whose shape R4 and R5 share,
 * then parsed by the version's own parser so they are encoded (JSON or XML) by HAPI like
 * any resource.
 */
final class FhirResponses {

	private FhirResponses() {
	}

	static ObjectNode outcome(String severity, String code, List<FieldProblem> problems) {
		ObjectNode outcome = EventJson.mapper().createObjectNode().put("resourceType", "OperationOutcome");
		ArrayNode issues = outcome.putArray("issue");
		for (FieldProblem problem : problems) {
			ObjectNode issue = issues.addObject().put("severity", severity).put("code", code);
			issue.put("diagnostics", problem.field() + ": " + problem.reason());
			issue.putArray("expression").add(problem.field());
		}
		return outcome;
	}

	static ObjectNode information(String message) {
		return outcome("information", "informational", List.of(new FieldProblem("AdverseEvent", message)));
	}

	/**
	 * What intake made of a report, in words for the sender, with a warning issue for
	 * each thing it assumed (each warning starts with its field's path).
	 */
	static ObjectNode received(IntakeReceipt receipt) {
		String message = switch (receipt.outcome()) {
			case ACCEPTED -> "accepted as " + receipt.id();
			case ACCEPTED_NO_OUTREACH -> "accepted as " + receipt.id() + " without outreach: " + receipt.reason();
			case DUPLICATE -> "already received as " + receipt.id();
			case UPDATED -> "updated " + receipt.id() + ": " + receipt.reason();
		};
		ObjectNode outcome = information(message);
		ArrayNode issues = (ArrayNode) outcome.get("issue");
		for (String warning : receipt.warnings()) {
			ObjectNode issue = issues.addObject().put("severity", "warning").put("code", "informational");
			issue.put("diagnostics", warning);
			int colon = warning.indexOf(": ");
			if (colon > 0) {
				issue.putArray("expression").add(warning.substring(0, colon));
			}
		}
		return outcome;
	}

	static ObjectNode bundleResponse(String type, List<EntryResult> entries) {
		ObjectNode bundle = EventJson.mapper().createObjectNode().put("resourceType", "Bundle").put("type", type);
		ArrayNode array = bundle.putArray("entry");
		for (EntryResult entry : entries) {
			ObjectNode response = array.addObject().putObject("response").put("status", entry.status());
			if (entry.location() != null) {
				response.put("location", entry.location());
			}
			if (entry.outcome() != null) {
				response.set("outcome", entry.outcome());
			}
		}
		return bundle;
	}

	/**
	 * The outcome of one Bundle entry.
	 *
	 * @param status an HTTP status line such as {@code 201 Created}
	 * @param location where the sender can follow the report, or null
	 * @param outcome an OperationOutcome, or null
	 */
	record EntryResult(String status, String location, ObjectNode outcome) {
	}

}
