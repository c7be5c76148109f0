package org.peersupport.matching.engine;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.peersupport.matching.availability.Availability;
import org.peersupport.matching.engine.rule.ActiveSupporter;
import org.peersupport.matching.engine.rule.AvailableNow;
import org.peersupport.matching.engine.rule.NoCoolDown;
import org.peersupport.matching.engine.rule.NotCoInvolved;
import org.peersupport.matching.engine.rule.NotLineManagement;
import org.peersupport.matching.engine.rule.NotOfferedBefore;
import org.peersupport.matching.engine.rule.NotTheClinician;
import org.peersupport.matching.engine.rule.TrainingCurrent;
import org.peersupport.matching.engine.rule.UnderCapacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peersupport.matching.engine.Fixtures.NOW;
import static org.peersupport.matching.engine.Fixtures.a;
import static org.peersupport.matching.engine.Fixtures.caseFor;
import static org.peersupport.matching.engine.Fixtures.clinician;

/** One test per hard constraint, each with a supporter who passes and one who fails. */
class HardConstraintTests {

	private static final CaseToMatch CASE = caseFor(clinician());

	@Test
	void nobodySupportsThemselves() {
		assertThat(new NotTheClinician().allows(CASE, a("P-1").build(), NOW)).isTrue();
		assertThat(new NotTheClinician().allows(CASE, a("C-1").build(), NOW)).isFalse();
	}

	@Test
	void aSupporterIsNeverOfferedTheSameCaseTwice() {
		CaseToMatch offeredToP1 = new CaseToMatch("case-1", clinician(), Set.of(), Set.of("P-1"), "FAC", false);
		assertThat(new NotOfferedBefore().allows(offeredToP1, a("P-1").build(), NOW)).isFalse();
		assertThat(new NotOfferedBefore().allows(offeredToP1, a("P-2").build(), NOW)).isTrue();
	}

	@Test
	void trainingMustBeDoneAndNotExpired() {
		TrainingCurrent rule = new TrainingCurrent();
		assertThat(rule.allows(CASE, a("P-1").training(true, null).build(), NOW)).isTrue();
		assertThat(rule.allows(CASE, a("P-1").training(false, null).build(), NOW)).isFalse();
		assertThat(rule.allows(CASE, a("P-1").training(true, LocalDate.parse("2026-03-04")).build(), NOW))
			.as("valid through its expiry day")
			.isTrue();
		assertThat(rule.allows(CASE, a("P-1").training(true, LocalDate.parse("2026-03-03")).build(), NOW)).isFalse();
	}

	@Test
	void pausedSupportersAreNotActive() {
		assertThat(new ActiveSupporter().allows(CASE, a("P-1").build(), NOW)).isTrue();
		assertThat(new ActiveSupporter().allows(CASE, a("P-1").paused(true).build(), NOW)).isFalse();
	}

	@Test
	void anyoneInvolvedInTheSameEventIsExcluded() {
		CaseToMatch teamEvent = new CaseToMatch("case-1", clinician(), Set.of("P-1"), Set.of(), "FAC", false);
		assertThat(new NotCoInvolved().allows(teamEvent, a("P-1").build(), NOW)).isFalse();
		assertThat(new NotCoInvolved().allows(teamEvent, a("P-2").build(), NOW)).isTrue();
	}

	@Test
	void neitherTheSupervisorNorADirectReport() {
		NotLineManagement rule = new NotLineManagement();
		assertThat(rule.allows(CASE, a("BOSS").build(), NOW)).as("the clinician's supervisor").isFalse();
		assertThat(rule.allows(CASE, a("P-1").supervisor("C-1").build(), NOW)).as("reports to the clinician").isFalse();
		assertThat(rule.allows(CASE, a("P-1").supervisor("BOSS").build(), NOW)).as("a colleague under the same boss")
			.isTrue();
	}

	@Test
	void openOffersAndCasesStayUnderTheSupportersOwnMaximum() {
		assertThat(new UnderCapacity().allows(CASE, a("P-1").load(2, 1, 0).build(), NOW)).isTrue();
		assertThat(new UnderCapacity().allows(CASE, a("P-1").load(2, 2, 0).build(), NOW)).isFalse();
		assertThat(new UnderCapacity().allows(CASE, a("P-1").load(0, 0, 0).build(), NOW)).isFalse();
	}

	@Test
	void aHighImpactCaseStartsACoolDownOfTheConfiguredLength() {
		NoCoolDown rule = new NoCoolDown(Duration.ofDays(3));
		assertThat(rule.allows(CASE, a("P-1").build(), NOW)).isTrue();
		assertThat(rule.allows(CASE, a("P-1").lastHighImpact(NOW.minus(Duration.ofDays(2))).build(), NOW)).isFalse();
		assertThat(rule.allows(CASE, a("P-1").lastHighImpact(NOW.minus(Duration.ofDays(3))).build(), NOW)).isTrue();
		assertThat(new NoCoolDown(Duration.ofDays(1)).allows(CASE,
				a("P-1").lastHighImpact(NOW.minus(Duration.ofDays(2))).build(), NOW))
			.as("a shorter configured cool-down is over sooner")
			.isTrue();
	}

	@Test
	void availabilityComesFromWeeklyWindowsInTheSupportersZoneOrOnCallSlots() {
		// NOW is Wednesday 10:00 UTC, 05:00 in New York.
		ZoneId newYork = ZoneId.of("America/New_York");
		Availability mornings = new Availability(newYork,
				List.of(new Availability.WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.of(4, 0), LocalTime.of(6, 0))),
				List.of());
		Availability afternoons = new Availability(newYork,
				List.of(new Availability.WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), LocalTime.of(18, 0))),
				List.of());
		Availability onCall = new Availability(newYork, List.of(),
				List.of(new Availability.OnCallSlot(NOW.minusSeconds(60), NOW.plusSeconds(3600))));
		AvailableNow rule = new AvailableNow(false);
		assertThat(rule.allows(CASE, a("P-1").available(mornings).build(), NOW)).isTrue();
		assertThat(rule.allows(CASE, a("P-1").available(afternoons).build(), NOW)).isFalse();
		assertThat(rule.allows(CASE, a("P-1").available(onCall).build(), NOW)).isTrue();
	}

	@Test
	void supportersWhoDeclaredNothingAreAvailableUnlessTheProgramRequiresIt() {
		assertThat(new AvailableNow(false).allows(CASE, a("P-1").build(), NOW)).isTrue();
		assertThat(new AvailableNow(true).allows(CASE, a("P-1").build(), NOW)).isFalse();
	}

	@Test
	void theEngineNamesTheFirstRuleASupporterFailsAndCountsExclusions() {
		MatchEngine engine = new MatchEngine(MatchingPolicy.defaults());
		assertThat(engine.firstFailure(CASE, a("P-1").paused(true).build(), NOW)).contains("ActiveSupporter");
		assertThat(engine.firstFailure(CASE, a("P-1").build(), NOW)).isEmpty();
		Ranking ranking = engine.rank(CASE,
				List.of(a("P-1").build(), a("BOSS").build(), a("P-3").training(false, null).build()), NOW);
		assertThat(ranking.eligible()).extracting(Scored::staffId).containsExactly("P-1");
		assertThat(ranking.excludedBy()).isEqualTo(Map.of("NotLineManagement", 1, "TrainingCurrent", 1));
		assertThat(engine.ruleNames()).hasSize(10).contains("DepartmentRuleMet", "NoCoolDown", "AvailableNow");
	}

}
