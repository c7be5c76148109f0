package org.peersupport.outreach.console.policy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.outreach.policy.OutreachPolicy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview's words for each branch of the rules, on the built-in policy (New York
 * time, quiet hours 21:00–07:00, supporters get 2 hours, follow-ups after 3 and 14 days,
 * a debrief from 4 people or 2 in a resuscitation). "Now" is Thursday 3 Dec 2026, so a
 * Tuesday is 8 Dec.
 */
class PolicyPreviewTests {

	private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

	private final OutreachPolicy policy = Policies.builtIn();

	@Test
	void aModerateReportInQuietHoursIsHeldUntilTheyEnd() {
		PolicyPreview.Outcome outcome = preview(HarmLevel.MODERATE, null, DayOfWeek.TUESDAY, "23:10", 1);
		assertThat(outcome.offered()).isEqualTo("Offered Wednesday 9 Dec, 07:00");
		assertThat(outcome.why()).containsExactly("Reported Tuesday 8 Dec, 23:10 (America/New York time).",
				"Inside quiet hours 21:00–07:00, so held until they end.",
				"Moderate harm: a supporter must have accepted by Wednesday 9 Dec, 23:10, 24 hours after the report.");
	}

	@Test
	void aShortWindowHoldsAReportOnlyAsLongAsSupportersStillHaveTimeToAccept() {
		OutreachPolicy threeHours = Policies
			.builtInWith((json) -> json.replace("{ \"harm\": [\"MODERATE\", \"UNKNOWN\"], \"within\": \"PT24H\" }",
					"{ \"harm\": [\"MODERATE\", \"UNKNOWN\"], \"within\": \"PT3H\" }"));
		PolicyPreview.Outcome outcome = PolicyPreview.of(threeHours,
				new PolicyPreview.Scenario(HarmLevel.MODERATE, null, DayOfWeek.TUESDAY, LocalTime.of(23, 10), 1), NOW);
		assertThat(outcome.offered()).isEqualTo("Offered Wednesday 9 Dec, 00:10");
		assertThat(outcome.why()).contains("Inside quiet hours 21:00–07:00, so held, but only until 00:10: "
				+ "supporters must still have 2 hours to accept before the window ends.");
	}

	@Test
	void severeHarmIsOfferedAtOnceWhateverTheHourAndGetsTheTimeToAccept() {
		PolicyPreview.Outcome outcome = preview(HarmLevel.SEVERE, null, DayOfWeek.TUESDAY, "23:10", 1);
		assertThat(outcome.offered()).isEqualTo("Offered at once, Tuesday 8 Dec, 23:10");
		assertThat(outcome.why()).contains(
				"Severe harm is urgent: offered at once, whatever the hour (quiet hours 21:00–07:00 do not hold it back).",
				"Severe harm: a supporter must have accepted by Wednesday 9 Dec, 01:10, 2 hours after the report "
						+ "(the window is no time, but supporters always get 2 hours to accept).");
	}

	@Test
	void aHighImpactCategoryIsUrgentWhateverItsHarm() {
		PolicyPreview.Outcome outcome = preview(HarmLevel.MILD, EventCategory.RESUSCITATION, DayOfWeek.SUNDAY, "03:00",
				1);
		assertThat(outcome.offered()).isEqualTo("Offered at once, Sunday 6 Dec, 03:00");
		assertThat(outcome.why().get(1)).startsWith("Resuscitation is a high-impact event, urgent: offered at once");
	}

	@Test
	void aReportOutsideQuietHoursIsOfferedAtOnce() {
		PolicyPreview.Outcome outcome = preview(null, null, DayOfWeek.MONDAY, "10:00", 1);
		assertThat(outcome.offered()).isEqualTo("Offered at once, Monday 7 Dec, 10:00");
		assertThat(outcome.why()).contains("Outside quiet hours 21:00–07:00, so offered at once.",
				"A near miss: a supporter must have accepted by Thursday 10 Dec, 10:00, 3 days after the report.");
	}

	@Test
	void followUpsAreListedAfterTheFirstCheckin() {
		PolicyPreview.Outcome outcome = preview(HarmLevel.MODERATE, null, DayOfWeek.MONDAY, "10:00", 1);
		assertThat(outcome.followUps()).containsExactly(
				"Follow-up 3 days after the first check-in that reaches them: if that is when the case is offered, Thursday 10 Dec, 10:00.",
				"Follow-up 14 days after the first check-in that reaches them: if that is when the case is offered, Monday 21 Dec, 10:00.");
		OutreachPolicy none = Policies.builtInWith((json) -> json.replace("[\"P3D\", \"P14D\"]", "[]"));
		assertThat(PolicyPreview.of(none, scenario(HarmLevel.MODERATE, null, DayOfWeek.MONDAY, "10:00", 1), NOW)
			.followUps()).containsExactly("No follow-ups are planned after a first check-in.");
	}

	@Test
	void aTeamDebriefIsProposedFromTheThresholdOrForACategoryWithTwoPeople() {
		String rule = "it takes 4 people involved, or two in resuscitation or violence against staff events";
		assertThat(preview(HarmLevel.MODERATE, null, DayOfWeek.MONDAY, "10:00", 3).debrief())
			.isEqualTo("No team debrief is proposed with 3 people involved (" + rule + ").");
		assertThat(preview(HarmLevel.MODERATE, null, DayOfWeek.MONDAY, "10:00", 4).debrief())
			.isEqualTo("A team debrief is proposed: 4 people involved (" + rule + ").");
		assertThat(preview(HarmLevel.MODERATE, EventCategory.VIOLENCE_AGAINST_STAFF, DayOfWeek.MONDAY, "10:00", 2)
			.debrief()).startsWith("A team debrief is proposed: 2 people involved");
		assertThat(preview(HarmLevel.MODERATE, EventCategory.VIOLENCE_AGAINST_STAFF, DayOfWeek.MONDAY, "10:00", 1)
			.debrief()).startsWith("No team debrief is proposed with 1 person involved");
	}

	private PolicyPreview.Outcome preview(HarmLevel harm, EventCategory category, DayOfWeek day, String time,
			int involved) {
		return PolicyPreview.of(this.policy, scenario(harm, category, day, time, involved), NOW);
	}

	private static PolicyPreview.Scenario scenario(HarmLevel harm, EventCategory category, DayOfWeek day, String time,
			int involved) {
		return new PolicyPreview.Scenario(harm, category, day, LocalTime.parse(time), involved);
	}

}
