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
