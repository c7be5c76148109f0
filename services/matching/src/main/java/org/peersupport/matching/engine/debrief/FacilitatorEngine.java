package org.peersupport.matching.engine.debrief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses a debrief's facilitators: every rule must pass; among those who pass, the least
 * loaded go first (the load is spread), then by staff id so the choice is repeatable.
 * Pure, like the case engine, so each rule is testable alone.
 */
public final class FacilitatorEngine {

	private static final Comparator<Facilitator> LEAST_LOADED = Comparator
		.comparingInt((Facilitator f) -> f.supporter().workload().activeLoad())
		.thenComparing(Facilitator::staffId);

	private final List<FacilitatorRule> rules = List.of(new TrainedForDebriefs(), new NotInvolvedInTheEvent(),
			new OutsideTheirLineManagement(), new UnderCapacityToFacilitate());

	public List<String> ruleNames() {
		return this.rules.stream().map(FacilitatorRule::name).toList();
	}

	public FacilitatorChoice choose(DebriefToStaff debrief, List<Facilitator> pool) {
		List<Facilitator> eligible = new ArrayList<>();
		Map<String, Integer> excludedBy = new TreeMap<>();
		for (Facilitator facilitator : pool) {
			FacilitatorRule failed = this.rules.stream()
				.filter((rule) -> !rule.allows(debrief, facilitator))
				.findFirst()
				.orElse(null);
			if (failed != null) {
				excludedBy.merge(failed.name(), 1, Integer::sum);
			}
			else {
				eligible.add(facilitator);
			}
		}
		eligible.sort(LEAST_LOADED);
		return new FacilitatorChoice(eligible.stream().limit(debrief.wanted()).map(Facilitator::staffId).toList(),
				excludedBy);
	}

}
