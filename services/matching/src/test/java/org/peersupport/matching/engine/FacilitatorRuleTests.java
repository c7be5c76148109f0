package org.peersupport.matching.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.peersupport.matching.engine.debrief.DebriefToStaff;
import org.peersupport.matching.engine.debrief.Facilitator;
import org.peersupport.matching.engine.debrief.FacilitatorChoice;
import org.peersupport.matching.engine.debrief.FacilitatorEngine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The debrief rules, one test each: a supporter who fails one is never chosen, and the
 * answer names the rule. Each test keeps an eligible supporter in the pool, so it cannot
 * pass by choosing nobody.
 */
class FacilitatorRuleTests {

	private static final LocalDate HELD_ON = LocalDate.parse("2026-03-05");

	/** N-1 and N-2 were involved; N-1 reports to M-1, who reports to M-2. */
	private static final DebriefToStaff DEBRIEF = new DebriefToStaff("d-1", Set.of("N-1", "N-2"), Set.of("M-1", "M-2"),
			HELD_ON, 2);

	private final FacilitatorEngine engine = new FacilitatorEngine();

	@Test
	void aSupporterNotTrainedForDebriefsIsNotChosen() {
		FacilitatorChoice choice = choose(trained("OK"), new Facilitator(Fixtures.a("UNTRAINED").build(), false, null));
		assertThat(choice.chosen()).containsExactly("OK");
		assertThat(choice.excludedBy()).containsEntry("TrainedForDebriefs", 1);
	}

	@Test
	void debriefTrainingThatLapsedBeforeTheDayIsNotEnough() {
		FacilitatorChoice choice = choose(trained("OK"),
				new Facilitator(Fixtures.a("LAPSED").build(), true, HELD_ON.minusDays(1)),
				new Facilitator(Fixtures.a("ON-THE-DAY").build(), true, HELD_ON));
		assertThat(choice.chosen()).containsExactlyInAnyOrder("OK", "ON-THE-DAY");
		assertThat(choice.excludedBy()).containsEntry("TrainedForDebriefs", 1);
	}

	@Test
	void aSupporterInvolvedInTheEventIsNotChosen() {
		FacilitatorChoice choice = choose(trained("OK"), trained("N-2"));
		assertThat(choice.chosen()).containsExactly("OK");
		assertThat(choice.excludedBy()).containsEntry("NotInvolvedInTheEvent", 1);
	}

	@Test
	void aLineManagerOfSomeoneInvolvedIsNotChosenAtAnyLevel() {
		FacilitatorChoice choice = choose(trained("OK"), trained("M-1"), trained("M-2"));
		assertThat(choice.chosen()).containsExactly("OK");
		assertThat(choice.excludedBy()).containsEntry("OutsideTheirLineManagement", 2);
	}

	@Test
	void someoneSupervisedBySomeoneInvolvedIsNotChosen() {
		FacilitatorChoice choice = choose(trained("OK"),
				new Facilitator(Fixtures.a("REPORT").supervisor("N-1").build(), true, null));
		assertThat(choice.chosen()).containsExactly("OK");
		assertThat(choice.excludedBy()).containsEntry("OutsideTheirLineManagement", 1);
	}

	@Test
	void aSupporterAtCapacityIsNotChosen() {
		FacilitatorChoice choice = choose(trained("OK"),
				new Facilitator(Fixtures.a("FULL").load(2, 2, 0).build(), true, null));
		assertThat(choice.chosen()).containsExactly("OK");
		assertThat(choice.excludedBy()).containsEntry("UnderCapacityToFacilitate", 1);
	}

	@Test
	void aPausedSupporterIsNotChosen() {
		FacilitatorChoice choice = choose(trained("OK"),
				new Facilitator(Fixtures.a("PAUSED").paused(true).build(), true, null));
		assertThat(choice.chosen()).containsExactly("OK");
	}

	@Test
	void theLeastLoadedAreChosenUpToTheNumberWanted() {
		FacilitatorChoice choice = choose(new Facilitator(Fixtures.a("BUSY").load(5, 3, 0).build(), true, null),
				new Facilitator(Fixtures.a("IDLE").load(5, 0, 0).build(), true, null),
				new Facilitator(Fixtures.a("SOME").load(5, 1, 0).build(), true, null));
		assertThat(choice.chosen()).containsExactly("IDLE", "SOME");
		DebriefToStaff one = new DebriefToStaff("d-2", Set.of("N-1"), Set.of(), HELD_ON, 1);
		assertThat(this.engine.choose(one, List.of(trained("B"), trained("A"))).chosen()).containsExactly("A");
	}

	@Test
	void nobodyEligibleChoosesNobodyAndSaysWhy() {
		FacilitatorChoice choice = choose(trained("N-1"), new Facilitator(Fixtures.a("X").build(), false, null));
		assertThat(choice.chosen()).isEmpty();
		assertThat(choice.excludedBy()).containsOnlyKeys("NotInvolvedInTheEvent", "TrainedForDebriefs");
	}

	private FacilitatorChoice choose(Facilitator... pool) {
		return this.engine.choose(DEBRIEF, List.of(pool));
	}

	private static Facilitator trained(String id) {
		return new Facilitator(Fixtures.a(id).build(), true, null);
	}

}
