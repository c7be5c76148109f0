package org.peersupport.intake.report;

import java.time.Instant;
import java.util.List;

import org.peersupport.contracts.events.Actuality;
import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.InvolvedClinician;

/**
 * A validated report, already stripped of everything outreach does not need. Whatever
 * format it arrived in (native JSON now, FHIR later), intake works on this.
 *
 * @param source the reporting system
 * @param reportId the reporting system's own id
 * @param occurredAt when it happened; null when the sender gave no time, and intake then
 * takes the time it received the report
 * @param reportedAt when it was reported, or null
 * @param harm the harm level
 * @param actuality actual or near miss
 * @param category the category, or null
 * @param facility the facility, or null
 * @param unit the unit, or null
 * @param involved the staff involved, one entry per staff id
 * @param skipped why listed participants were not taken as staff (a patient, an unknown
 * identifier system); never their names
 * @param warnings what intake assumed where the report was not clear (a role taken as
 * OTHER, the time of receipt taken for a missing time), each starting with the field's
 * path; never the sender's text
 */
public record IncidentReport(String source, String reportId, Instant occurredAt, Instant reportedAt, HarmLevel harm,
		Actuality actuality, EventCategory category, String facility, String unit, List<InvolvedClinician> involved,
		List<String> skipped, List<String> warnings) {

	/** The warning for a report that gave no time at all, naming the field. */
	public static String receiptTimeUsed(String field) {
		return field + ": no time given; the time intake received the report is taken as when it happened";
	}

	/**
	 * Control characters (NUL above all, which PostgreSQL text refuses) never belong in
	 * an id or a name.
	 */
	public static boolean hasControlCharacters(String text) {
		return text != null && text.chars().anyMatch(Character::isISOControl);
	}

	/** Why nobody will be contacted, or null when someone will. */
	public String noOutreachReason() {
		if (!this.involved.isEmpty()) {
			return null;
		}
		return this.skipped.isEmpty() ? "no staff member is named in the report"
				: "no staff member could be identified: " + String.join("; ", this.skipped);
	}

}
