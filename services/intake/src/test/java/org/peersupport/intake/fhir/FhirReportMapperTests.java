package org.peersupport.intake.fhir;

import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.peersupport.contracts.events.InvolvementRole;
import org.peersupport.intake.report.IncidentReport;
import org.peersupport.intake.role.RoleVocabulary;
import org.peersupport.intake.role.RoleWords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the mapper assumes where a resource is not clear, and the warnings that say so: a
 * participation function in local words, a resource with no time at all.
 */
class FhirReportMapperTests {

	private static final String STAFF = "http://hospital.example.org/staff-id";

	private final FhirReportMapper mapper = new FhirReportMapper(List.of(STAFF), true,
			new RoleVocabulary(RoleWords.NONE));

	@Test
	void aFunctionIsReadWithTheRoleVocabularyAndOnlyLocalWordsAreWarnedAbout() {
		IncidentReport report = map(new R5Dialect(), "\"occurrenceDateTime\":\"2026-11-20T03:10:00Z\","
				+ "\"participant\":["
				+ participant(
						"{\"coding\":[{\"system\":\"" + FhirReportMapper.PARTICIPATION_TYPE + "\",\"code\":\"PRF\"}]}",
						"N-1")
				+ "," + participant("{\"text\":\"Charge Nurse\"}", "N-2") + ","
				+ participant(
						"{\"coding\":[{\"system\":\"http://hospital.example.org/involvement\",\"code\":\"X-17\"}]}",
						"N-3")
				+ "," + participant("{\"coding\":[{\"code\":\"prescriber\"}]}", "N-4") + "]");
		assertThat(report.involved()).extracting((c) -> c.staffId() + ":" + c.role())
			.containsExactly("N-1:PRIMARY", "N-2:PARTICIPANT", "N-3:OTHER", "N-4:PRIMARY");
		assertThat(report.warnings()).containsExactly(
				"AdverseEvent.participant[1].function: taken as PARTICIPANT, for the word \"nurse\"",
				"AdverseEvent.participant[2].function: not a known participation function, taken as OTHER",
				"AdverseEvent.participant[3].function: \"prescriber\" taken as PRIMARY");
	}

	@Test
	void theBackportedR4ParticipantIsReadWithTheSameVocabulary() {
		IncidentReport report = map(new R4Dialect(), "\"date\":\"2026-11-20T03:10:00Z\",\"extension\":[{\"url\":"
				+ "\"http://hl7.org/fhir/5.0/StructureDefinition/extension-AdverseEvent.participant\",\"extension\":["
				+ "{\"url\":\"function\",\"valueCodeableConcept\":{\"text\":\"administering nurse\"}},"
				+ "{\"url\":\"actor\",\"valueReference\":{\"identifier\":{\"system\":\"" + STAFF
				+ "\",\"value\":\"N-5\"}}}]}]");
		assertThat(report.involved()).extracting((c) -> c.staffId() + ":" + c.role()).containsExactly("N-5:PRIMARY");
	}

	@ParameterizedTest
	@ValueSource(strings = { "r4", "r5" })
	void aResourceWithNoTimeAtAllIsTakenAsOfItsReceiptAndSaysSo(String version) {
		FhirDialect dialect = version.equals("r4") ? new R4Dialect() : new R5Dialect();
		String staff = version.equals("r4")
				? "\"contributor\":[{\"identifier\":{\"system\":\"" + STAFF + "\",\"value\":\"N-6\"}}]"
				: "\"participant\":[" + participant("{\"text\":\"PRIMARY\"}", "N-6") + "]";
		IncidentReport report = map(dialect, staff);
		assertThat(report.occurredAt()).as("intake fills in the time it recorded the report").isNull();
		assertThat(report.involved()).hasSize(1);
		assertThat(report.warnings()).containsExactly("AdverseEvent.occurrence: no time given; "
				+ "the time intake received the report is taken as when it happened");
	}

	@Test
	void theSameStaffMemberNamedTwiceKeepsTheFirstRoleAndOnlyItsWarning() {
		IncidentReport report = map(new R5Dialect(),
				"\"occurrenceDateTime\":\"2026-11-20T03:10:00Z\",\"participant\":["
						+ participant("{\"text\":\"witness\"}", "N-7") + ","
						+ participant("{\"text\":\"bucket\"}", "N-7") + "]");
		assertThat(report.involved()).extracting((c) -> c.staffId() + ":" + c.role()).containsExactly("N-7:WITNESS");
		assertThat(report.warnings()).isEmpty();
	}

	@Test
	void aStaffSubjectIsOfferedSupportAsPrimary() {
		IncidentReport report = map(new R4Dialect(),
				"\"date\":\"2026-11-20T03:10:00Z\",\"subject\":{\"reference\":\"Practitioner/p\",\"identifier\":"
						+ "{\"system\":\"" + STAFF + "\",\"value\":\"N-8\"}},\"contributor\":[{\"identifier\":"
						+ "{\"system\":\"" + STAFF + "\",\"value\":\"N-8\"}}]");
		assertThat(report.involved()).extracting((c) -> c.staffId() + ":" + c.role()).containsExactly("N-8:PRIMARY");
	}

	private static String participant(String function, String staffId) {
		return "{\"function\":" + function + ",\"actor\":{\"identifier\":{\"system\":\"" + STAFF + "\",\"value\":\""
				+ staffId + "\"}}}";
	}

	private IncidentReport map(FhirDialect dialect, String elements) {
		String json = "{\"resourceType\":\"AdverseEvent\",\"id\":\"x\",\"status\":\"completed\",\"actuality\":\"actual\","
				+ elements + "}";
		IBaseResource event = FhirCodec.parse(dialect, FhirFormat.JSON, json.getBytes(), "AdverseEvent");
		return this.mapper.map(dialect, event, ResourceIndex.empty(), "rl6");
	}

}
