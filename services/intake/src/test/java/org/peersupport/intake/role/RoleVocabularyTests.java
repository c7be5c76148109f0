package org.peersupport.intake.role;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.peersupport.contracts.events.InvolvementRole;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one mapping from role words to the platform's roles, for the native form and FHIR
 * alike: the hospital's words, FHIR's participation codes, and whatever else a sender
 * writes, which is OTHER and never refused.
 */
class RoleVocabularyTests {

	private final RoleVocabulary builtIn = new RoleVocabulary(RoleWords.NONE);

	@ParameterizedTest(name = "{0} → {1} ({2})")
	@CsvSource(delimiter = '|', textBlock = """
			PRIMARY                      | PRIMARY     | OWN_NAME
			near_miss witness?           | WITNESS     | WITHIN
			witness                      | WITNESS     | OWN_NAME
			prescriber                   | PRIMARY     | PHRASE
			Administering Nurse          | PRIMARY     | PHRASE
			administering_nurse          | PRIMARY     | PHRASE
			performer                    | PRIMARY     | PHRASE
			nurse                        | PARTICIPANT | PHRASE
			assisting                    | PARTICIPANT | PHRASE
			Charge Nurse!!               | PARTICIPANT | WITHIN
			nurse witness                | WITNESS     | WITHIN
			assisting surgeon            | PARTICIPANT | WITHIN
			prescribing physician        | PRIMARY     | WITHIN
			the nurse who reported it    | REPORTER    | WITHIN
			PRF                          | PRIMARY     | PHRASE
			sprf                         | PRIMARY     | PHRASE
			PART                         | PARTICIPANT | PHRASE
			ATND                         | PARTICIPANT | PHRASE
			WIT                          | WITNESS     | PHRASE
			AUT                          | REPORTER    | PHRASE
			author (originator)          | REPORTER    | PHRASE
			INF                          | REPORTER    | PHRASE
			data entry person            | REPORTER    | PHRASE
			Mop bucket                   | OTHER       | UNKNOWN
			nursery rhyme                | OTHER       | UNKNOWN
			other                        | OTHER       | OWN_NAME
			""")
	void readsTheHospitalsWordsAndFhirsCodesAlike(String text, InvolvementRole role, RoleReading.How how) {
		RoleReading reading = this.builtIn.read(text);
		assertThat(reading.role()).isEqualTo(role);
		assertThat(reading.how()).isEqualTo(how);
	}

	@Test
	void nothingGivenIsOtherAndSaysSo() {
		for (String blank : new String[] { null, "", "  ", "!!" }) {
			RoleReading reading = this.builtIn.read(blank);
			assertThat(reading.role()).isEqualTo(InvolvementRole.OTHER);
			assertThat(reading.note("involved[5].role", "role"))
				.isEqualTo("involved[5].role: not given, taken as OTHER");
		}
	}

	@Test
	void aNoteQuotesOnlyTheVocabularysOwnWordNeverTheSendersText() {
		assertThat(this.builtIn.read("PRIMARY").note("involved[0].role", "role")).isNull();
		assertThat(this.builtIn.read("Prescriber").note("involved[0].role", "role"))
			.isEqualTo("involved[0].role: \"prescriber\" taken as PRIMARY");
		assertThat(this.builtIn.read("Charge Nurse for Mr Jones, bed 4").note("involved[1].role", "role"))
			.isEqualTo("involved[1].role: taken as PARTICIPANT, for the word \"nurse\"")
			.doesNotContain("Jones")
			.doesNotContainIgnoringCase("charge");
		assertThat(this.builtIn.read("Jones' cousin").note("involved[2].role", "role"))
			.isEqualTo("involved[2].role: not a known role, taken as OTHER");
	}

	@Test
	void onlyTheStartOfAVeryLongTextIsRead() {
		assertThat(this.builtIn.read("x ".repeat(RoleVocabulary.MAX_READ) + "witness").role())
			.isEqualTo(InvolvementRole.OTHER);
	}

	@Test
	void aHospitalsOwnWordsComeOnTopOfTheBuiltInOnesAndWinOverThem() {
		RoleVocabulary hospital = new RoleVocabulary(bind(Map.of("peersupport.intake.roles.primary",
				"Charge Nurse, code lead", "peersupport.intake.roles.other", "nurse")));
		assertThat(hospital.read("charge nurse").role()).isEqualTo(InvolvementRole.PRIMARY);
		assertThat(hospital.read("Code-Lead").role()).isEqualTo(InvolvementRole.PRIMARY);
		assertThat(hospital.read("nurse").role()).isEqualTo(InvolvementRole.OTHER);
		// Everything else keeps its built-in meaning.
		assertThat(hospital.read("prescriber").role()).isEqualTo(InvolvementRole.PRIMARY);
		assertThat(hospital.read("WIT").role()).isEqualTo(InvolvementRole.WITNESS);
	}

	@Test
	void withoutPropertiesTheHospitalHasNoWordsOfItsOwn() {
		assertThat(bind(Map.of())).isEqualTo(RoleWords.NONE);
	}

	private static RoleWords bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("peersupport.intake.roles",
				RoleWords.class);
	}

	@Test
	void everyRoleIsItsOwnWord() {
		for (InvolvementRole role : InvolvementRole.values()) {
			assertThat(this.builtIn.read(role.name().toLowerCase()).how()).isEqualTo(RoleReading.How.OWN_NAME);
		}
	}

}
