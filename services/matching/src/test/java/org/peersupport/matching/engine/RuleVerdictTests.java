package org.peersupport.matching.engine;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peersupport.matching.engine.Fixtures.NOW;
import static org.peersupport.matching.engine.Fixtures.a;
import static org.peersupport.matching.engine.Fixtures.caseFor;
import static org.peersupport.matching.engine.Fixtures.clinician;

/**
 * The verdicts an administrator reads before assigning by hand: every hard constraint, in
 * the engine's order, each refusal in words, and only the rules that protect the
 * clinician from someone who must never be their supporter not to be overridden.
 */
class RuleVerdictTests {

	private final MatchEngine engine = new MatchEngine(MatchingPolicy.defaults());

	private final CaseToMatch matchCase = caseFor(clinician());

	@Test
	void anEligibleSupporterPassesEveryRuleTheEngineChecks() {
		List<RuleVerdict> verdicts = this.engine.verdicts(this.matchCase, a("P-1").build(), NOW);
		assertThat(verdicts).extracting(RuleVerdict::rule).isEqualTo(this.engine.ruleNames());
		assertThat(verdicts).allMatch(RuleVerdict::passes);
		assertThat(this.engine.firstFailure(this.matchCase, a("P-1").build(), NOW)).isEmpty();
	}

	@Test
	void aPausedSupporterAtCapacityIsRefusedByBothRulesInWordsAndBothMayBeOverridden() {
		Candidate tired = a("P-1").paused(true).load(2, 2, 0).build();
		List<RuleVerdict> refused = this.engine.verdicts(this.matchCase, tired, NOW)
			.stream()
			.filter((verdict) -> !verdict.passes())
			.toList();
		assertThat(refused).extracting(RuleVerdict::rule).containsExactly("ActiveSupporter", "UnderCapacity");
		assertThat(refused).allMatch(RuleVerdict::overridable);
		assertThat(refused.get(0).refusal()).startsWith("They are paused");
		assertThat(refused.get(1).refusal()).startsWith("They are at capacity");
		assertThat(this.engine.firstFailure(this.matchCase, tired, NOW)).contains("ActiveSupporter");
	}

	@Test
	void onlyTheClinicianThemselvesAColleagueFromTheEventAndTheLineOfManagementAreNeverOverridden() {
		CaseToMatch withColleague = new CaseToMatch("case-1", clinician(), java.util.Set.of("P-9"), java.util.Set.of(),
				"FAC", false);
		List<RuleVerdict> verdicts = this.engine.verdicts(withColleague, a("P-9").build(), NOW);
		assertThat(verdicts).filteredOn((verdict) -> !verdict.overridable())
			.extracting(RuleVerdict::rule)
			.containsExactlyInAnyOrder("NotTheClinician", "NotCoInvolved", "NotLineManagement");
		assertThat(verdicts).filteredOn((verdict) -> !verdict.passes())
			.singleElement()
			.satisfies((verdict) -> assertThat(verdict.rule()).isEqualTo("NotCoInvolved"));
		assertThat(verdicts).allSatisfy((verdict) -> assertThat(verdict.refusal()).endsWith(".").doesNotContain("_"));
	}

}
