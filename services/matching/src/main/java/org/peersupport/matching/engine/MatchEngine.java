package org.peersupport.matching.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.peersupport.matching.engine.preference.FairLoad;
import org.peersupport.matching.engine.preference.IdentityMatch;
import org.peersupport.matching.engine.preference.MoreSenior;
import org.peersupport.matching.engine.preference.RequestedSupport;
import org.peersupport.matching.engine.preference.SameRole;
import org.peersupport.matching.engine.preference.SharedLanguage;
import org.peersupport.matching.engine.preference.SimilarSpecialty;
import org.peersupport.matching.engine.rule.ActiveSupporter;
import org.peersupport.matching.engine.rule.AvailableNow;
import org.peersupport.matching.engine.rule.DepartmentRuleMet;
import org.peersupport.matching.engine.rule.NoCoolDown;
import org.peersupport.matching.engine.rule.NotCoInvolved;
import org.peersupport.matching.engine.rule.NotLineManagement;
import org.peersupport.matching.engine.rule.NotOfferedBefore;
import org.peersupport.matching.engine.rule.NotTheClinician;
import org.peersupport.matching.engine.rule.TrainingCurrent;
import org.peersupport.matching.engine.rule.UnderCapacity;

/**
 * Decides who may support a clinician (every hard constraint) and how well they suit (the
 * weighted soft preferences). Pure: no database, no clock of its own, so every rule is
 * testable alone.
 */
public final class MatchEngine {

	private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::total)
		.reversed()
		.thenComparing(Scored::staffId);

	private final List<HardConstraint> constraints;

	private final List<HardConstraint> supporterRules;

	private final List<HardConstraint> caseRules;

	private final List<Weighted> preferences;

	public MatchEngine(MatchingPolicy policy) {
		// The supporter's own state first, then the rules about this case.
		this.constraints = List.of(new TrainingCurrent(), new ActiveSupporter(), new UnderCapacity(),
				new NoCoolDown(policy.coolDown()), new AvailableNow(policy.availabilityRequired()),
				new NotTheClinician(), new NotOfferedBefore(), new NotCoInvolved(), new NotLineManagement(),
				new DepartmentRuleMet(policy.departments()));
		this.supporterRules = this.constraints.stream().filter((rule) -> !rule.dependsOnCase()).toList();
		this.caseRules = this.constraints.stream().filter(HardConstraint::dependsOnCase).toList();
		MatchingPolicy.Weights weights = policy.weights();
		this.preferences = List.of(new Weighted(new SameRole(), weights.sameRole()),
				new Weighted(new SimilarSpecialty(), weights.similarSpecialty()),
				new Weighted(new MoreSenior(), weights.moreSenior()),
				new Weighted(new SharedLanguage(), weights.sharedLanguage()),
				new Weighted(new IdentityMatch(), weights.identity()), new Weighted(new FairLoad(), weights.fairness()),
				new Weighted(new RequestedSupport(), weights.requestedSupport()));
	}

	/** The rule names, in the order they are checked. */
	public List<String> ruleNames() {
		return this.constraints.stream().map(HardConstraint::name).toList();
	}

	/** The first hard constraint the supporter fails, or empty when eligible. */
	public Optional<String> firstFailure(CaseToMatch matchCase, Candidate supporter, Instant now) {
		return firstFailure(this.constraints, matchCase, supporter, now);
	}

	/**
	 * Every hard constraint's verdict on the supporter for the case, in the order they
	 * are checked: the same rules, run the same way, as every automatic decision.
	 */
	public List<RuleVerdict> verdicts(CaseToMatch matchCase, Candidate supporter, Instant now) {
		return this.constraints.stream()
			.map((rule) -> new RuleVerdict(rule.name(), rule.allows(matchCase, supporter, now), rule.refusal(),
					rule.overridable()))
			.toList();
	}

	public ScoreBreakdown score(CaseToMatch matchCase, Candidate supporter) {
		List<ScoreBreakdown.Term> terms = new ArrayList<>(this.preferences.size());
		double total = 0;
		for (Weighted weighted : this.preferences) {
			double value = weighted.preference().value(matchCase, supporter);
			double points = weighted.weight() * value;
			terms.add(new ScoreBreakdown.Term(weighted.preference().name(), weighted.weight(), value, points));
			total += points;
		}
		return new ScoreBreakdown(terms, total);
	}

	/** The same total as {@link #score}, without building the breakdown. */
	public double total(CaseToMatch matchCase, Candidate supporter) {
		double total = 0;
		for (Weighted weighted : this.preferences) {
			if (weighted.weight() != 0) {
				total += weighted.weight() * weighted.preference().value(matchCase, supporter);
			}
		}
		return total;
	}

	/** Every eligible supporter for the case, best first. */
	public Ranking rank(CaseToMatch matchCase, List<Candidate> pool, Instant now) {
		return rankAll(List.of(matchCase), pool, now).get(0);
	}

	/**
	 * Ranks several cases against one pool. The rules about the supporter alone are
	 * checked once for the whole batch; the explanation counts still include them.
	 */
	public List<Ranking> rankAll(List<CaseToMatch> cases, List<Candidate> pool, Instant now) {
		if (cases.isEmpty()) {
			return List.of();
		}
		List<Candidate> ready = new ArrayList<>();
		Map<String, Integer> unready = new TreeMap<>();
		for (Candidate supporter : pool) {
			Optional<String> failure = firstFailure(this.supporterRules, cases.get(0), supporter, now);
			if (failure.isPresent()) {
				unready.merge(failure.get(), 1, Integer::sum);
			}
			else {
				ready.add(supporter);
			}
		}
		List<Ranking> rankings = new ArrayList<>(cases.size());
		for (CaseToMatch matchCase : cases) {
			List<Scored> eligible = new ArrayList<>();
			Map<String, Integer> excludedBy = new TreeMap<>(unready);
			for (Candidate supporter : ready) {
				Optional<String> failure = firstFailure(this.caseRules, matchCase, supporter, now);
				if (failure.isPresent()) {
					excludedBy.merge(failure.get(), 1, Integer::sum);
				}
				else {
					eligible.add(new Scored(supporter, total(matchCase, supporter)));
				}
			}
			eligible.sort(BEST_FIRST);
			rankings.add(new Ranking(matchCase, eligible, pool.size(), excludedBy));
		}
		return rankings;
	}

	private static Optional<String> firstFailure(List<HardConstraint> rules, CaseToMatch matchCase, Candidate supporter,
			Instant now) {
		for (HardConstraint constraint : rules) {
			if (!constraint.allows(matchCase, supporter, now)) {
				return Optional.of(constraint.name());
			}
		}
		return Optional.empty();
	}

	private record Weighted(Preference preference, double weight) {
	}

}
