package org.peersupport.outreach.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.peersupport.outreach.invitation.InvitationWording;
import org.peersupport.web.FieldReader;

/**
 * Reads a campaign definition, naming every bad field at once. Nothing but the known
 * fields is accepted, and the only text kept is the name and the invitation wording, so a
 * definition cannot carry notes about anyone.
 */
public final class CampaignReader {

	/** Letters, digits, spaces and plain punctuation: a name is a label, never markup. */
	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .,:;'()/&+_-]{0,99}");

	/** Codes: a facility, a role, a department. */
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

	private static final Duration LONGEST_OFFSET = Duration.ofDays(366);

	private static final List<String> FIELDS = List.of("name", "facility", "kind", "cohort", "opensAt", "offset",
			"pace", "invitation");

	private static final List<String> COHORT_FIELDS = List.of("roles", "departments", "startedFrom", "startedUntil",
			"staffIds");

	private static final List<String> PACE_FIELDS = List.of("kind", "casesPerDay");

	/** How a pace is given. */
	enum PaceKind {

		PER_DAY, CAPACITY

	}

	private CampaignReader() {
	}

	public static CampaignDefinition read(JsonNode body) {
		FieldReader in = FieldReader.ofObject(body, "must be a JSON object with the fields " + FIELDS);
		in.onlyFields(FIELDS, "is not a campaign field; the fields are " + FIELDS);
		String name = in.field("name")
			.text(100)
			.matching(NAME,
					"must be 1-100 letters, digits, spaces or .,:;'()/&+_-, " + "starting with a letter or digit")
			.required();
		String facility = in.field("facility").text(100).matching(CODE, "must be a facility code").optional();
		CampaignKind kind = in.field("kind").choice(CampaignKind.class).required();
		Instant opensAt = in.field("opensAt").instant().required();
		Duration offset = offset(in.field("offset"), kind);
		Cohort cohort = cohort(in.field("cohort"), kind);
		Pace pace = pace(in.field("pace"));
		CampaignDefinition.Wording invitation = invitation(in.field("invitation"));
		in.check();
		return new CampaignDefinition(name, facility, kind, cohort, opensAt, offset, pace, invitation);
	}

	private static Duration offset(FieldReader field, CampaignKind kind) {
		if (kind != null && !kind.hasOffset()) {
			if (field.isPresent()) {
				field.problem("applies to TRAINING_START, FIRST_PATIENT_DEATH and CLAIM_FILED only: an ON_DATE "
						+ "campaign opens its cases at opensAt");
			}
			return Duration.ZERO;
		}
		return field.duration()
			.must((d) -> d.compareTo(LONGEST_OFFSET) <= 0, "must not exceed " + LONGEST_OFFSET.toDays() + " days")
			.orElse(Duration.ZERO);
	}

	private static Cohort cohort(FieldReader field, CampaignKind kind) {
		FieldReader cohort = field.object().optional();
		if (cohort == null) {
			if (kind != null && kind.fromDirectory()) {
				field.problem("is required: roles, departments, a start-date range or staffIds");
			}
			return emptyCohort(kind);
		}
		cohort.onlyFields(COHORT_FIELDS, "is not a cohort field; the fields are " + COHORT_FIELDS);
		Set<String> roles = codes(cohort.field("roles"), 50);
		Set<String> departments = codes(cohort.field("departments"), 200);
		LocalDate from = cohort.field("startedFrom").date().optional();
		LocalDate until = cohort.field("startedUntil").date().optional();
		if (from != null && until != null && until.isBefore(from)) {
			cohort.field("startedUntil").problem("must not be before cohort.startedFrom");
		}
		List<String> staffIds = cohort.field("staffIds")
			.listOf(5000, (item) -> item.text(100).matching(CODE, "must be a staff id").required());
		if (!staffIds.isEmpty() && (!roles.isEmpty() || !departments.isEmpty() || from != null || until != null)) {
			cohort.field("staffIds").problem("is a cohort of its own: give it without roles, departments or dates");
		}
		if (!staffIds.isEmpty() && kind != null && !kind.fromDirectory()) {
			cohort.field("staffIds").problem("does not apply: events name the members of a " + kind + " campaign");
		}
		if (kind != null && kind.fromDirectory() && staffIds.isEmpty() && roles.isEmpty() && departments.isEmpty()
				&& from == null && until == null && !cohort.hasProblems()) {
			field.problem("must name roles, departments, a start-date range or staffIds");
		}
		if (kind == CampaignKind.FIRST_PATIENT_DEATH && roles.isEmpty()) {
			roles = Cohort.TRAINEES;
		}
		return new Cohort(roles, departments, from, until, staffIds);
	}

	private static Cohort emptyCohort(CampaignKind kind) {
		return new Cohort((kind == CampaignKind.FIRST_PATIENT_DEATH) ? Cohort.TRAINEES : Set.of(), Set.of(), null, null,
				List.of());
	}

	private static Set<String> codes(FieldReader field, int most) {
		return new LinkedHashSet<>(
				field.listOf(most, (item) -> item.text(100).matching(CODE, "must be a code").required()));
	}

	private static Pace pace(FieldReader field) {
		FieldReader pace = field.object()
			.required("is required: {\"kind\": \"PER_DAY\", \"casesPerDay\": 20} or " + "{\"kind\": \"CAPACITY\"}");
		if (pace == null) {
			return Pace.capacity();
		}
		pace.onlyFields(PACE_FIELDS, "is not a pace field; the fields are " + PACE_FIELDS);
		PaceKind kind = pace.field("kind").choice(PaceKind.class).required();
		if (kind == PaceKind.PER_DAY) {
			Integer perDay = pace.field("casesPerDay")
				.integer()
				.must((n) -> n >= 1 && n <= Pace.MOST_PER_DAY, "must be from 1 to " + Pace.MOST_PER_DAY)
				.required();
			return Pace.perDay((perDay != null) ? perDay : 1);
		}
		if (kind == PaceKind.CAPACITY && pace.field("casesPerDay").isPresent()) {
			pace.field("casesPerDay").problem("applies to a PER_DAY pace only");
		}
		return Pace.capacity();
	}

	private static CampaignDefinition.Wording invitation(FieldReader field) {
		FieldReader wording = field.object().optional();
		if (wording == null) {
			return null;
		}
		wording.onlyFields(List.of("subject", "body"), "is not an invitation field; the fields are subject and body");
		String subject = InvitationWording.subject(wording.field("subject"));
		String text = InvitationWording.body(wording.field("body"));
		return new CampaignDefinition.Wording(subject, text);
	}

}
