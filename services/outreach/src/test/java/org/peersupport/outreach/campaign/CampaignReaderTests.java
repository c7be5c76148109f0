package org.peersupport.outreach.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.peersupport.outreach.clinician.StaffProfile;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CampaignReaderTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aStartOfResidencyCampaignReadsWithItsCohortPaceAndWording() {
		CampaignDefinition read = CampaignReader.read(json("""
				{"name": "PGY-1: first month", "facility": "MAIN", "kind": "training-start",
				 "cohort": {"roles": ["resident", "Intern"], "departments": ["med"],
				            "startedFrom": "2026-07-01", "startedUntil": "2026-07-31"},
				 "opensAt": "2026-07-01T09:00:00-04:00", "offset": "P30D",
				 "pace": {"kind": "PER_DAY", "casesPerDay": 20},
				 "invitation": {"subject": "A month in", "body": "Hi {{name}}, a month in: a peer is here."}}"""));
		assertThat(read.kind()).isEqualTo(CampaignKind.TRAINING_START);
		assertThat(read.cohort().roles()).containsExactlyInAnyOrder("RESIDENT", "INTERN");
		assertThat(read.cohort().departments()).containsExactly("MED");
		assertThat(read.opensAt()).isEqualTo(Instant.parse("2026-07-01T13:00:00Z"));
		assertThat(read.offset()).isEqualTo(Duration.ofDays(30));
		assertThat(read.pace().casesPerDay()).isEqualTo(20);
		assertThat(read.invitation().subject()).isEqualTo("A month in");
	}

	@Test
	void aFirstPatientDeathCampaignWatchesResidentsAndInternsUnlessItNamesRoles() {
		CampaignDefinition read = CampaignReader.read(json("""
				{"name": "First death", "kind": "FIRST_PATIENT_DEATH", "opensAt": "2026-07-01T13:00:00Z",
				 "offset": "P7D", "pace": {"kind": "CAPACITY"}}"""));
		assertThat(read.cohort().roles()).containsExactlyInAnyOrder("RESIDENT", "INTERN");
		assertThat(read.pace().followsCapacity()).isTrue();
		assertThat(read.invitation()).isNull();
	}

	@Test
	void everyBadFieldIsNamed() {
		assertThat(problems("""
				{"name": "<b>", "kind": "WEEKLY", "opensAt": "soon", "pace": {"kind": "PER_DAY"},
				 "cohort": {"roles": [""], "staffIds": ["S 1"], "colour": "red"},
				 "invitation": {"subject": "Hi", "body": "{{& name}}", "cc": "x"}, "notes": "x"}""")).containsExactly(
				"notes", "name", "kind", "opensAt", "cohort.colour", "cohort.roles[0]", "cohort.staffIds[0]",
				"pace.casesPerDay", "invitation.cc", "invitation.body");
		assertThat(problems("{}")).containsExactly("name", "kind", "opensAt", "pace");
		assertThat(problems("[]")).containsExactly("body");
	}

	@Test
	void theKindDecidesWhatACohortAndAnOffsetMayBe() {
		String base = "\"name\": \"x\", \"opensAt\": \"2026-07-01T13:00:00Z\", \"pace\": {\"kind\": \"CAPACITY\"}";
		assertThat(problems("{" + base + ", \"kind\": \"ON_DATE\", \"offset\": \"P1D\"}")).containsExactly("offset",
				"cohort");
		assertThat(problems("{" + base + ", \"kind\": \"ON_DATE\", \"cohort\": {}}")).containsExactly("cohort");
		assertThat(problems("{" + base + ", \"kind\": \"ON_DATE\", \"cohort\": {\"roles\": [\"RN\"], "
				+ "\"staffIds\": [\"S-1\"]}}"))
			.containsExactly("cohort.staffIds");
		assertThat(problems("{" + base + ", \"kind\": \"CLAIM_FILED\", \"cohort\": {\"staffIds\": [\"S-1\"]}}"))
			.containsExactly("cohort.staffIds");
		assertThat(problems("{" + base + ", \"kind\": \"TRAINING_START\", \"offset\": \"P400D\", "
				+ "\"cohort\": {\"startedFrom\": \"2026-07-02\", \"startedUntil\": \"2026-07-01\"}}"))
			.containsExactly("offset", "cohort.startedUntil");
		assertThat(problems("{\"name\": \"x\", \"kind\": \"CLAIM_FILED\", \"opensAt\": \"2026-07-01T13:00:00Z\", "
				+ "\"pace\": {\"kind\": \"CAPACITY\", \"casesPerDay\": 3}}"))
			.containsExactly("pace.casesPerDay");
		assertThat(problems("{\"name\": \"x\", \"kind\": \"CLAIM_FILED\", \"opensAt\": \"2026-07-01T13:00:00Z\", "
				+ "\"pace\": {\"kind\": \"PER_DAY\", \"casesPerDay\": 1001}}"))
			.containsExactly("pace.casesPerDay");
	}

	@Test
	void aCohortMatchesRoleDepartmentAndStartDateWithoutRegardToCase() {
		Cohort residents = new Cohort(Set.of("resident"), Set.of("Med"), LocalDate.parse("2026-07-01"),
				LocalDate.parse("2026-07-31"), List.of());
		assertThat(residents.includes(profile("S-1", "Resident", "MED", "2026-07-01"))).isTrue();
		assertThat(residents.includes(profile("S-2", "RESIDENT", "SURG", "2026-07-01"))).isFalse();
		assertThat(residents.includes(profile("S-3", "RESIDENT", "MED", "2026-08-01"))).isFalse();
		assertThat(residents.includes(profile("S-4", "RESIDENT", "MED", null))).as("no start date, no range").isFalse();
		assertThat(residents.includes(profile("S-5", null, "MED", "2026-07-01"))).isFalse();
		Cohort listed = new Cohort(Set.of(), Set.of(), null, null, List.of("S-2"));
		assertThat(listed.includes(profile("S-2", "RN", "SURG", null))).isTrue();
		assertThat(listed.includes(profile("S-1", "RESIDENT", "MED", "2026-07-01"))).isFalse();
	}

	private static StaffProfile profile(String staffId, String role, String department, String startedOn) {
		return new StaffProfile(staffId, "Name", role, department, true, Instant.EPOCH,
				(startedOn != null) ? LocalDate.parse(startedOn) : null);
	}

	private static List<String> problems(String body) {
		InvalidInputException problem = catchThrowableOfType(InvalidInputException.class,
				() -> CampaignReader.read(json(body)));
		assertThat(problem).as(body).isNotNull();
		return problem.problems().stream().map(FieldProblem::field).toList();
	}

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
