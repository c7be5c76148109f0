package org.peersupport.intake.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.peersupport.contracts.events.InvolvementRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * R4 and R5 share one reading of the elements they have in common; each dialect reads
 * only its own. The same report in either version gives the same facts.
 */
class FhirDialectTests {

	@ParameterizedTest
	@ValueSource(strings = { "r4", "r5" })
	void theSameNearMissReadsTheSameInEitherVersion(String version) throws IOException {
		FhirDialect dialect = dialect(version);
		FhirFacts facts = dialect.read(fixture(dialect, "near-miss"), ResourceIndex.empty());
		assertThat(facts.key().identifierValue()).isEqualTo("INC-" + version.toUpperCase() + "-004");
		assertThat(facts.key().resourceId()).isEqualTo("ae-" + version + "-004");
		assertThat(facts.actuality()).isEqualTo("potential");
		assertThat(facts.times().occurredAt()).isEqualTo(Instant.parse("2026-11-20T14:05:00Z"));
		assertThat(facts.times().recorded()).isEqualTo(Instant.parse("2026-11-20T14:30:00Z"));
		assertThat(facts.categories()).extracting(FhirCode::display)
			.containsExactly("Wrong-patient label caught before administration");
		assertThat(facts.location()).isNull();
		assertThat(facts.harm().seriousness()).isEmpty();
		assertThat(facts.harm().outcome()).isEmpty();
	}

	@Test
	void anR4RecorderComesAfterTheContributorsAsTheReporter() throws IOException {
		FhirDialect dialect = new R4Dialect();
		FhirFacts facts = dialect.read(fixture(dialect, "near-miss"), ResourceIndex.empty());
		assertThat(facts.participants()).extracting(FhirParticipant::path, FhirParticipant::role)
			.containsExactly(tuple("recorder", InvolvementRole.REPORTER));
	}

	@Test
	void aPractitionerWhoIsTheSubjectComesFirstAsPrimary() throws IOException {
		FhirDialect dialect = new R4Dialect();
		FhirFacts facts = dialect.read(fixture(dialect, "staff-subject"), ResourceIndex.empty());
		assertThat(facts.participants()).extracting(FhirParticipant::path, FhirParticipant::role)
			.containsExactly(tuple("subject", InvolvementRole.PRIMARY),
					tuple("contributor[0]", InvolvementRole.PARTICIPANT),
					tuple("contributor[1]", InvolvementRole.PARTICIPANT));
	}

	@ParameterizedTest
	@ValueSource(strings = { "r4", "r5" })
	void aSubjectIsStaffByItsTypeAloneAndAPatientOrAnUntypedOneIsNot(String version) {
		String staffIdentifier = "\"identifier\":{\"system\":\"http://hospital.example.org/staff-id\",\"value\":\"N-1\"}";
		assertThat(read(version, "\"subject\":{\"type\":\"Practitioner\"," + staffIdentifier + "}").participants())
			.extracting(FhirParticipant::path)
			.containsExactly("subject");
		assertThat(
				read(version,
						"\"subject\":{\"type\":\"http://hl7.org/fhir/StructureDefinition/PractitionerRole\","
								+ staffIdentifier + "}")
					.participants())
			.extracting(FhirParticipant::path)
			.containsExactly("subject");
		assertThat(read(version, "\"subject\":{\"reference\":\"http://h.example.org/fhir/Practitioner/7\"}")
			.participants()).extracting(FhirParticipant::path).containsExactly("subject");
		assertThat(read(version, "\"subject\":{\"reference\":\"Patient/7\"}").participants()).isEmpty();
		assertThat(read(version, "\"subject\":{" + staffIdentifier + "}").participants())
			.as("a subject is a patient unless it says otherwise")
			.isEmpty();
		assertThat(read(version,
				"\"contained\":[{\"resourceType\":\"Patient\",\"id\":\"p\"}],"
						+ "\"subject\":{\"reference\":\"#p\",\"type\":\"Practitioner\"}")
			.participants()).as("the resource's own type wins over the reference's word").isEmpty();
	}

	@Test
	void onlyR4HasSeverity() {
		String severe = "\"severity\":{\"coding\":[{\"code\":\"severe\"}]}";
		assertThat(read("r4", severe).harm().severity()).extracting(FhirCode::code).containsExactly("severe");
		assertThat(read("r5", "\"status\":\"completed\"").harm().severity()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "r4", "r5" })
	void anEmptyRecorderOrLocationIsNotReadAsOne(String version) {
		FhirFacts facts = read(version, "\"recorder\":{},\"location\":{}");
		assertThat(facts.participants()).isEmpty();
		assertThat(facts.location()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "r4", "r5" })
	void theFirstIdentifierValueThatIsNotBlankIsTheKey(String version) {
		String identifiers = version.equals("r4") ? "\"identifier\":{\"system\":\"s\",\"value\":\" \"}"
				: "\"identifier\":[{\"system\":\"s\"},{\"value\":\"INC-2\"}]";
		assertThat(read(version, identifiers).key().identifierValue()).isEqualTo(version.equals("r4") ? null : "INC-2");
	}

	@ParameterizedTest
	@ValueSource(strings = { "r4", "r5" })
	void anActualityCodeTheVersionDoesNotKnowCannotBeInterpreted(String version) {
		assertThatIllegalArgumentException().isThrownBy(() -> read(version, "\"actuality\":\"maybe\""));
	}

	private static FhirFacts read(String version, String elements) {
		FhirDialect dialect = dialect(version);
		String json = "{\"resourceType\":\"AdverseEvent\",\"id\":\"x\"," + elements + "}";
		IBaseResource event = FhirCodec.parse(dialect, FhirFormat.JSON, json.getBytes(), "AdverseEvent");
		return dialect.read(event, ResourceIndex.empty());
	}

	private static FhirDialect dialect(String version) {
		return version.equals("r4") ? new R4Dialect() : new R5Dialect();
	}

	private static IBaseResource fixture(FhirDialect dialect, String name) throws IOException {
		try (InputStream in = FhirDialectTests.class
			.getResourceAsStream("/fhir/" + dialect.version() + "/" + name + ".json")) {
			return FhirCodec.parse(dialect, FhirFormat.JSON, in.readAllBytes(), "AdverseEvent");
		}
	}

}
