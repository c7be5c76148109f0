package org.peersupport.outreach.console;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.EscalationReasons;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.outreach.outreachcase.CaseStatus;

import static org.assertj.core.api.Assertions.assertThat;

class CaseWordsTests {

	@Test
	void everyEscalationReasonTheServiceRaisesHasItsOwnSentence() {
		List<String> codes = Arrays.stream(EscalationReasons.class.getFields())
			.filter((field) -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
			.map(CaseWordsTests::value)
			.toList();
		assertThat(codes).hasSizeGreaterThanOrEqualTo(10);
		for (String code : codes) {
			assertThat(CaseWords.reason(code)).as(code)
				.isNotEqualTo(CaseWords.reason("SOMETHING_NEW"))
				.doesNotContain(code)
				.doesNotContain("_");
		}
		assertThat(CaseWords.reason(EscalationReasons.LEFT_DIRECTORY)).startsWith("No longer in the staff directory");
		assertThat(CaseWords.reason("SOMETHING_NEW")).isEqualTo("Needs your attention");
	}

	@Test
	void everyStatusHarmAndCloseReasonReadsAsWords() {
		for (CaseStatus status : CaseStatus.values()) {
			for (CloseReason reason : CloseReason.values()) {
				assertThat(CaseWords.status(status, reason)).doesNotContain("_").doesNotContain(reason.name());
			}
		}
		for (HarmLevel harm : HarmLevel.values()) {
			assertThat(CaseWords.harm(harm)).doesNotContain("_").isNotEqualTo(harm.name());
		}
		assertThat(CaseWords.status(CaseStatus.CLOSED, CloseReason.DECLINED_BY_CLINICIAN))
			.as("how a check-in went is never shown")
			.isEqualTo("Closed");
	}

	@Test
	void lengthsAreInTheTwoLargestUnits() {
		assertThat(ConsoleTimes.length(Duration.ofHours(26).plusMinutes(5))).isEqualTo("1 day 2 hours");
		assertThat(ConsoleTimes.length(Duration.ofHours(3))).isEqualTo("3 hours");
		assertThat(ConsoleTimes.length(Duration.ofMinutes(61))).isEqualTo("1 hour 1 minute");
		assertThat(ConsoleTimes.length(Duration.ofSeconds(20))).isEqualTo("less than a minute");
		assertThat(ConsoleTimes.length(Duration.ofMinutes(-5))).isEqualTo("less than a minute");
	}

	private static String value(Field field) {
		try {
			return (String) field.get(null);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
