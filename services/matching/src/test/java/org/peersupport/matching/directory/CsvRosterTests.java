package org.peersupport.matching.directory;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.peersupport.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvRosterTests {

	private static final String HEADER = "staffId,name,email,department,role,supervisorId,supporter,trained,maxActive\n";

	@Test
	void readsRowsWithQuotedCommasAndQuotes() {
		CsvRoster.Parsed parsed = CsvRoster.parse(HEADER
				+ "P-1,\"Peer, Pat \"\"PJ\"\"\",pat@h.test,ED,RN,B-1,yes,TRUE,3\r\nC-1,Dana,,ICU,,,false,false,\n",
				Instant.EPOCH);
		assertThat(parsed.rejected()).isEmpty();
		assertThat(parsed.members()).hasSize(2);
		StaffMember pat = parsed.members().get(0);
		assertThat(pat.name()).isEqualTo("Peer, Pat \"PJ\"");
		assertThat(pat.volunteering().supporter()).isTrue();
		assertThat(pat.volunteering().trained()).isTrue();
		assertThat(pat.volunteering().maxActive()).isEqualTo(3);
		assertThat(pat.profile().supervisorId()).isEqualTo("B-1");
		StaffMember dana = parsed.members().get(1);
		assertThat(dana.email()).isNull();
		assertThat(dana.volunteering().maxActive()).isZero();
	}

	@Test
	void columnsMayComeInAnyOrder() {
		CsvRoster.Parsed parsed = CsvRoster.parse(
				"name,staffId,maxActive,trained,supporter,supervisorId,role,department,email\nPat,P-1,2,true,true,,RN,ED,p@h.test\n",
				Instant.EPOCH);
		assertThat(parsed.members()).extracting(StaffMember::staffId).containsExactly("P-1");
	}

	@Test
	void badRowsAreReportedWithLineAndReasonAndGoodRowsStillCount() {
		CsvRoster.Parsed parsed = CsvRoster.parse(HEADER + "P-1,Pat,,ED,RN,,true,true,2\n" + ",NoId,,,,,false,false,0\n"
				+ "P-2,Lee,not-an-email,,,,true,true,2\n" + "P-3,Kim,,,,,maybe,true,2\n" + "P-4,Al,,,,,true,true,many\n"
				+ "P-1,Again,,,,,true,true,2\n" + "P-5,Short\n" + "P-6,Self,,,,P-6,true,true,1\n", Instant.EPOCH);
		assertThat(parsed.members()).extracting(StaffMember::staffId).containsExactly("P-1");
		assertThat(parsed.rejected()).extracting(RosterRow::line).containsExactly(3, 4, 5, 6, 7, 8, 9);
		assertThat(parsed.rejected()).extracting(RosterRow::reason)
			.containsExactly("staffId is required", "email is not an e-mail address",
					"supporter must be true or false, was 'maybe'", "maxActive must be a whole number, was 'many'",
					"staffId repeats line 2", "has 2 fields, expected 9",
					"supervisorId cannot be the staff member themselves");
	}

	@Test
	void optionalColumnsCarrySpecialtySeniorityLanguagesIdentityAndTraining() {
		CsvRoster.Parsed parsed = CsvRoster.parse(
				"staffId,name,email,department,role,supervisorId,supporter,trained,maxActive,specialty,seniority,languages,identityTags,trainedOn,trainingExpiresOn\n"
						+ "P-1,Pat,,ED,RN,,true,true,2,Emergency,12,en; ES,Parent;lgbtq,2025-01-10,2027-01-10\n"
						+ "P-2,Lee,,ED,RN,,true,true,2,,,,,,\n" + "P-3,Kim,,ED,RN,,true,true,2,,old,,,,\n"
						+ "P-4,Al,,ED,RN,,true,true,2,,,en us,,,\n"
						+ "P-5,Bo,,ED,RN,,true,true,2,,,,,2025-01-10,2024-01-10\n"
						+ "P-6,Cy,,ED,RN,,true,true,2,,,,,,31/12/2026\n",
				Instant.EPOCH);
		StaffMember pat = parsed.members().get(0);
		assertThat(pat.profile().specialty()).isEqualTo("Emergency");
		assertThat(pat.profile().seniority()).isEqualTo(12);
		assertThat(pat.profile().languageSet()).containsExactly("en", "es");
		assertThat(pat.profile().identityTagSet()).containsExactly("lgbtq", "parent");
		assertThat(pat.volunteering().trainedOn()).isEqualTo(LocalDate.parse("2025-01-10"));
		assertThat(pat.volunteering().trainingExpiresOn()).isEqualTo(LocalDate.parse("2027-01-10"));
		StaffMember lee = parsed.members().get(1);
		assertThat(lee.profile().seniority()).isNull();
		assertThat(lee.profile().languageSet()).isEmpty();
		assertThat(lee.volunteering().trainingExpiresOn()).isNull();
		assertThat(parsed.rejected()).extracting(RosterRow::reason)
			.containsExactly("seniority must be a whole number, was 'old'",
					"languages must be codes separated by ';', was 'en us'", "trainingExpiresOn is before trainedOn",
					"trainingExpiresOn must be a date like 2026-01-31, was '31/12/2026'");
	}

	@Test
	void theStartDateIsOptionalAndMustBeADate() {
		CsvRoster.Parsed parsed = CsvRoster.parse("staffId,name,email,department,role,supervisorId,supporter,"
				+ "trained,maxActive,startedOn\n" + "R-1,Rae,,MED,RESIDENT,,false,false,0,2026-07-01\n"
				+ "R-2,Ray,,MED,RESIDENT,,false,false,0,\n" + "R-3,Roe,,MED,RESIDENT,,false,false,0,01/07/2026\n",
				Instant.EPOCH);
		assertThat(parsed.members()).extracting((m) -> m.profile().startedOn())
			.containsExactly(LocalDate.parse("2026-07-01"), null);
		assertThat(parsed.rejected()).extracting(RosterRow::reason)
			.containsExactly("startedOn must be a date like 2026-01-31, was '01/07/2026'");
		assertThat(CsvRoster.parse(HEADER + "P-1,Pat,,ED,RN,,true,true,2\n", Instant.EPOCH)
			.members()
			.get(0)
			.profile()
			.startedOn()).isNull();
	}

	@Test
	void aRosterWithoutTheOptionalColumnsGetsEmptyDefaults() {
		StaffMember pat = CsvRoster.parse(HEADER + "P-1,Pat,,ED,RN,,true,true,2\n", Instant.EPOCH).members().get(0);
		assertThat(pat.profile().specialty()).isNull();
		assertThat(pat.profile().languages()).isEmpty();
		assertThat(pat.profile().identityTags()).isEmpty();
		assertThat(pat.volunteering().trainedOn()).isNull();
	}

	@Test
	void aMissingColumnOrAnEmptyFileIsRejectedAsAWhole() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> CsvRoster.parse("staffId,name\nP-1,Pat\n", Instant.EPOCH))
			.satisfies((ex) -> assertThat(ex.problems().get(0).field()).isEqualTo("header"))
			.satisfies((ex) -> assertThat(ex.problems().get(0).reason()).contains("email", "maxActive"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> CsvRoster.parse("", Instant.EPOCH));
	}

	@Test
	void aLeaverIsMarkedByTheirLastDayAndABadDayIsRefusedByName() {
		CsvRoster.Parsed parsed = CsvRoster.parse(
				HEADER.replace("\n", ",leftOn\n") + "L-1,Lee,,ED,RN,,false,false,,2026-12-04\n"
						+ "L-2,Lou,,ED,RN,,false,false,,\n" + "L-3,Lin,,ED,RN,,false,false,,yesterday\n",
				Instant.EPOCH);
		StaffMember lee = parsed.members().get(0);
		assertThat(lee.profile().leftOn()).isEqualTo(LocalDate.parse("2026-12-04"));
		assertThat(lee.hasLeftBy(LocalDate.parse("2026-12-04"))).as("from their last day").isTrue();
		assertThat(lee.hasLeftBy(LocalDate.parse("2026-12-03"))).isFalse();
		assertThat(parsed.members().get(1).hasLeftBy(LocalDate.parse("2100-01-01"))).isFalse();
		assertThat(parsed.rejected()).singleElement().satisfies((row) -> {
			assertThat(row.staffId()).isEqualTo("L-3");
			assertThat(row.reason()).contains("leftOn");
		});
	}

}
