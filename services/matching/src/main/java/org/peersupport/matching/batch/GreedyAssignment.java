package org.peersupport.matching.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peersupport.matching.engine.Ranking;
import org.peersupport.matching.engine.Scored;

/**
 * One case at a time, each taking its best supporter with a free slot. Kept as the
 * baseline the benchmark compares the optimal assignment against; the service never uses
 * it.
 */
final class GreedyAssignment implements AssignmentStrategy {

	@Override
	public List<Optional<Scored>> assign(List<Ranking> rankings) {
		Map<String, Integer> used = new HashMap<>();
		List<Optional<Scored>> result = new ArrayList<>(rankings.size());
		for (Ranking ranking : rankings) {
			Optional<Scored> pick = ranking.eligible()
				.stream()
				.filter((s) -> used.getOrDefault(s.staffId(), 0) < s.candidate().freeSlots())
				.findFirst();
			pick.ifPresent((s) -> used.merge(s.staffId(), 1, Integer::sum));
			result.add(pick);
		}
		return result;
	}

}
