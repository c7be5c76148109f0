package org.peersupport.intake.nativeform;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.Actuality;
import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.InvolvedClinician;
import org.peersupport.contracts.events.InvolvementRole;
import org.peersupport.intake.report.IncidentReport;
import org.peersupport.intake.role.RoleVocabulary;
import org.peersupport.intake.role.RoleWords;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NativeReportReaderTests {

	private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

	@Test
	void readsEveryFieldAndDropsPatientAndNarrative() {
		IncidentReport report = read(
				"""
						{"source":"forged-by-sender","reportId":"R-9","occurredAt":"2026-11-21T03:00:00Z","reportedAt":"2026-11-21T04:00:00Z",
						 "harm":"severe","actuality":"near-miss","category":"medication","facility":"MAIN","unit":"ICU-3",
						 "patient":{"mrn":"123"},"narrative":"long story",
						 "involved":[{"staffId":"N-1","role":"primary"},{"staffId":"N-2","role":"WITNESS"},{"staffId":"N-1","role":"OTHER"}]}
						""");
		// The source is the authenticated client, never what the body says.
		assertThat(report.source()).isEqualTo("rl6");
		assertThat(report.harm()).isEqualTo(HarmLevel.SEVERE);
		assertThat(report.actuality()).isEqualTo(Actuality.NEAR_MISS);
		assertThat(report.category()).isEqualTo(EventCategory.MEDICATION);
		assertThat(report.reportedAt()).isEqualTo(Instant.parse("2026-11-21T04:00:00Z"));
		assertThat(report.involved()).containsExactly(new InvolvedClinician("N-1", InvolvementRole.PRIMARY),
				new InvolvedClinician("N-2", InvolvementRole.WITNESS));
		assertThat(report.toString()).doesNotContain("123").doesNotContain("long story");
	}

	@Test
	void optionalFieldsDefaultSensibly() {
		IncidentReport report = read("""
				{"source":"rl6","reportId":"R-1","occurredAt":"2026-11-21T03:00:00Z","harm":"UNKNOWN",
				 "involved":[{"staffId":"N-1","role":"PARTICIPANT"}]}
				""");
		assertThat(report.actuality()).isEqualTo(Actuality.ACTUAL);
		assertThat(report.category()).isNull();
		assertThat(report.unit()).isNull();
	}

	@Test
	void anEventInTheFutureBeyondClockSkewIsRejected() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> read("""
				{"source":"rl6","reportId":"R-1","occurredAt":"2026-11-22T03:00:00Z","harm":"MILD",
				 "involved":[{"staffId":"N-1","role":"PARTICIPANT"}]}
				"""))
			.satisfies((ex) -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("occurredAt", "must not be in the future")));
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> read("""
				{"source":7,"reportId":"","occurredAt":"2026-13-01","harm":null,"unit":"%s",
				 "category":"ALIENS","actuality":"MAYBE","involved":[{"staffId":" ","role":"BYSTANDER"}]}
				""".formatted("u".repeat(201))))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field)
				.containsExactly("reportId", "occurredAt", "harm", "actuality", "category", "unit",
						"involved[0].staffId"));
	}

	@Test
	void rolesInTheHospitalsOwnWordsAreMappedAndOnlyTheCodeIsKept() {
		IncidentReport report = read("""
				{"reportId":"R-2","occurredAt":"2026-11-21T03:00:00Z","harm":"SEVERE","involved":[
				 {"staffId":"N-1","role":"prescriber"},{"staffId":"N-2","role":"administering nurse"},
				 {"staffId":"N-3","role":"nurse"},{"staffId":"N-4","role":"Charge Nurse!!"},
				 {"staffId":"N-5","role":"Mop-bucket Operative Smith"},{"staffId":"N-6"},{"staffId":"N-7","role":""},
				 {"staffId":"N-8","role":"Witness"},{"staffId":"N-9","role":"%s"}]}
				""".formatted("nurse ".repeat(100)));
		assertThat(report.involved()).extracting(InvolvedClinician::role)
			.containsExactly(InvolvementRole.PRIMARY, InvolvementRole.PRIMARY, InvolvementRole.PARTICIPANT,
					InvolvementRole.PARTICIPANT, InvolvementRole.OTHER, InvolvementRole.OTHER, InvolvementRole.OTHER,
					InvolvementRole.WITNESS, InvolvementRole.PARTICIPANT);
		assertThat(report.warnings()).containsExactly("involved[0].role: \"prescriber\" taken as PRIMARY",
				"involved[1].role: \"administering nurse\" taken as PRIMARY",
				"involved[2].role: \"nurse\" taken as PARTICIPANT",
				"involved[3].role: taken as PARTICIPANT, for the word \"nurse\"",
				"involved[4].role: not a known role, taken as OTHER", "involved[5].role: not given, taken as OTHER",
				"involved[6].role: not given, taken as OTHER",
				"involved[8].role: taken as PARTICIPANT, for the word \"nurse\"");
		// The sender's words are neither kept nor quoted back.
		assertThat(report.toString()).doesNotContainIgnoringCase("charge")
			.doesNotContain("Smith")
			.doesNotContain("Mop");
	}

	@Test
	void aReportWithoutATimeTakesTheTimeOfReceiptAndSaysSo() {
		IncidentReport report = read("""
				{"reportId":"R-3","harm":"MILD","involved":[{"staffId":"N-1","role":"PRIMARY"}]}
				""");
		assertThat(report.occurredAt()).as("filled in by intake when it records the report").isNull();
		assertThat(report.warnings()).singleElement().asString().startsWith("occurredAt: no time given");
	}

	@Test
	void aBlankOrUnreadableTimeIsStillRefused() {
		for (String time : new String[] { "\"\"", "\"yesterday\"", "42" }) {
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> read("""
					{"reportId":"R-4","occurredAt":%s,"harm":"MILD","involved":[{"staffId":"N-1","role":"PRIMARY"}]}
					""".formatted(time)))
				.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field)
					.containsExactly("occurredAt"));
		}
	}

	private static IncidentReport read(String json) {
		return NativeReportReader.read(EventJson.mapper().readTree(json), NOW, "rl6",
				new RoleVocabulary(RoleWords.NONE));
	}

}
