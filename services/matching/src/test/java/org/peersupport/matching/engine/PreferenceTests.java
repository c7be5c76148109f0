package org.peersupport.matching.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peersupport.matching.engine.Fixtures.NOW;
import static org.peersupport.matching.engine.Fixtures.a;
import static org.peersupport.matching.engine.Fixtures.caseFor;

class PreferenceTests {

	private static final MatchingPolicy.Weights WEIGHTS = new MatchingPolicy.Weights(3, 2, 1, 2, 2, 3, 20);

	@Test
	void eachPreferenceAddsItsWeightedPoints() {
		Clinician clinician = Fixtures.clinician("ICU", Set.of("es"), Set.of("parent", "lgbtq"),
				DepartmentChoice.NO_PREFERENCE);
		Candidate ideal = a("P-1").role("RN", "Critical Care", 20)
			.speaks(Set.of("en", "es"), Set.of("parent"))
			.load(2, 0, 0)
			.build();
		ScoreBreakdown score = engine(WEIGHTS).score(caseFor(clinician), ideal);
		assertThat(engine(WEIGHTS).total(caseFor(clinician), ideal)).as("the fast total agrees").isEqualTo(12.0);
		assertThat(points(score)).isEqualTo(Map.of("sameRole", 3.0, "similarSpecialty", 2.0, "moreSenior", 1.0,
				"sharedLanguage", 2.0, "identity", 1.0, "fairness", 3.0, "requestedSupport", 0.0));
		assertThat(score.total()).isEqualTo(12.0);
	}

	@Test
	void differentRoleJuniorAndNoSharedLanguageScoreNothing() {
		Clinician clinician = Fixtures.clinician("ICU", Set.of("es"), Set.of("parent"), DepartmentChoice.NO_PREFERENCE);
		Candidate unlike = a("P-1").role("MD", "Surgery", 2).speaks(Set.of("en"), Set.of()).build();
		Map<String, Double> points = points(engine(WEIGHTS).score(caseFor(clinician), unlike));
		assertThat(points).containsEntry("sameRole", 0.0)
			.containsEntry("similarSpecialty", 0.0)
			.containsEntry("moreSenior", 0.0)
			.containsEntry("sharedLanguage", 0.0)
			.containsEntry("identity", 0.0);
	}

	@Test
	void similarSpecialtyAndEqualSeniorityCountHalf() {
		Candidate similar = a("P-1").role("RN", "Critical Care Transport", 5).build();
		Map<String, Double> points = points(engine(WEIGHTS).score(caseFor(Fixtures.clinician()), similar));
		assertThat(points).containsEntry("similarSpecialty", 1.0).containsEntry("moreSenior", 0.5);
	}

	@Test
	void fairnessPrefersTheSupporterWithFewerRecentCasesAndMoreFreeCapacity() {
		MatchEngine fairOnly = engine(new MatchingPolicy.Weights(0, 0, 0, 0, 0, 1, 0));
		CaseToMatch matchCase = caseFor(Fixtures.clinician());
		Candidate busy = a("P-1").load(2, 0, 4).build();
		Candidate rested = a("P-2").load(2, 0, 0).build();
		Candidate halfFull = a("P-3").load(2, 1, 0).build();
		Ranking ranking = fairOnly.rank(matchCase, List.of(busy, halfFull, rested), NOW);
		assertThat(ranking.eligible()).extracting(Scored::staffId).containsExactly("P-2", "P-3", "P-1");
		assertThat(fairOnly.score(matchCase, rested).total()).isEqualTo(1.0);
		assertThat(fairOnly.score(matchCase, busy).total()).isEqualTo(0.5 + 0.5 / 5);
	}

	@Test
	void weightsComeFromConfigurationAndZeroSwitchesAPreferenceOff() {
		CaseToMatch matchCase = caseFor(Fixtures.clinician());
		Candidate sameRole = a("P-1").role("RN", null, null).load(2, 1, 3).build();
		Candidate differentRoleRested = a("P-2").role("MD", null, null).build();
		MatchEngine roleHeavy = engine(new MatchingPolicy.Weights(10, 0, 0, 0, 0, 1, 0));
		MatchEngine roleOff = engine(new MatchingPolicy.Weights(0, 0, 0, 0, 0, 1, 0));
		assertThat(roleHeavy.rank(matchCase, List.of(sameRole, differentRoleRested), NOW).eligible().get(0).staffId())
			.isEqualTo("P-1");
		assertThat(roleOff.rank(matchCase, List.of(sameRole, differentRoleRested), NOW).eligible().get(0).staffId())
			.isEqualTo("P-2");
	}

	private static MatchEngine engine(MatchingPolicy.Weights weights) {
		MatchingPolicy defaults = MatchingPolicy.defaults();
		return new MatchEngine(new MatchingPolicy(weights, defaults.departments(), defaults.coolDown(),
				defaults.availabilityRequired(), defaults.recentWindow(), defaults.qualifyingTraining(),
				defaults.offers(), defaults.batch(), defaults.fatigue()));
	}

	private static Map<String, Double> points(ScoreBreakdown score) {
		return score.terms()
			.stream()
			.collect(java.util.stream.Collectors.toMap(ScoreBreakdown.Term::preference, ScoreBreakdown.Term::points));
	}

}
