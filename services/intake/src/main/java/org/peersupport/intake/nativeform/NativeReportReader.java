package org.peersupport.intake.nativeform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.peersupport.contracts.events.Actuality;
import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.InvolvedClinician;
import org.peersupport.intake.report.IncidentReport;
import org.peersupport.intake.role.RoleReading;
import org.peersupport.intake.role.RoleVocabulary;
import org.peersupport.web.FieldReader;
import org.peersupport.web.FieldValue;

/**
 * Reads the native JSON form. It collects every problem rather than stopping at the
 * first, so a sender fixes its integration in one round. {@code patient} and
 * {@code narrative} are accepted and never read: minimization starts at parsing. A blank
 * string is a sender's mistake here, never a way to leave a field out. Two fields never
 * refuse a report, because a refusal leaves everyone involved without an offer: a role in
 * the hospital's own words is read by the {@link RoleVocabulary} (anything it does not
 * know is OTHER), and a report without {@code occurredAt} takes the time of receipt. Each
 * says so in a warning.
 */
public final class NativeReportReader {

	static final int MAX_TEXT = 200;

	static final int MAX_INVOLVED = 500;

	/**
	 * Clocks of reporting systems drift; an event a little in the future is still
	 * plausible.
	 */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

	private NativeReportReader() {
	}

	/**
	 * @param source the authenticated client that sent the report; a {@code source} field
	 * in the body is the sender's word and is ignored
	 */
	public static IncidentReport read(JsonNode root, Instant now, String source, RoleVocabulary roles) {
		FieldReader in = FieldReader.ofObject(root);
		List<String> warnings = new ArrayList<>();
		String reportId = text(in, "reportId").required();
		Instant occurredAt = past(in.field("occurredAt").instant(), now).notBlank().optional();
		if (!in.field("occurredAt").isPresent()) {
			warnings.add(IncidentReport.receiptTimeUsed("occurredAt"));
		}
		Instant reportedAt = past(in.field("reportedAt").instant(), now).optional();
		HarmLevel harm = in.field("harm").choice(HarmLevel.class).notBlank().required();
		Actuality actuality = in.field("actuality").choice(Actuality.class).notBlank().orElse(Actuality.ACTUAL);
		EventCategory category = in.field("category").choice(EventCategory.class).notBlank().optional();
		String facility = text(in, "facility").optional();
		String unit = text(in, "unit").optional();
		List<InvolvedClinician> involved = involved(in.field("involved"), roles, warnings);
		in.check();
		return new IncidentReport(source, reportId, occurredAt, reportedAt, harm, actuality, category, facility, unit,
				involved, List.of(), warnings);
	}

	private static List<InvolvedClinician> involved(FieldReader field, RoleVocabulary roles, List<String> warnings) {
		List<FieldReader> entries = field.list(Integer.MAX_VALUE)
			.must((list) -> !list.isEmpty(), "must name at least one staff member")
			.must((list) -> list.size() <= MAX_INVOLVED, "must name at most " + MAX_INVOLVED + " staff members")
			.required();
		// One entry per person: a clinician listed twice is still one person to reach.
		Map<String, InvolvedClinician> byStaffId = new LinkedHashMap<>();
		for (FieldReader entry : (entries != null) ? entries : List.<FieldReader>of()) {
			if (!entry.isObject()) {
				entry.problem("must be an object with staffId and role");
				continue;
			}
			String staffId = text(entry, "staffId").required();
			FieldReader roleField = entry.field("role");
			// Any length: a long role is still someone involved; only its start is read.
			RoleReading role = roles.read(roleField.text(Integer.MAX_VALUE).optional());
			if (staffId != null && !byStaffId.containsKey(staffId)) {
				byStaffId.put(staffId, new InvolvedClinician(staffId, role.role()));
				String note = role.note(roleField.path(), "role");
				if (note != null) {
					warnings.add(note);
				}
			}
		}
		return List.copyOf(byStaffId.values());
	}

	private static FieldValue<String> text(FieldReader in, String name) {
		return in.field(name).text(MAX_TEXT).notBlank();
	}

	private static FieldValue<Instant> past(FieldValue<Instant> instant, Instant now) {
		return instant.must((at) -> !at.isAfter(now.plus(CLOCK_SKEW)), "must not be in the future");
	}

}
