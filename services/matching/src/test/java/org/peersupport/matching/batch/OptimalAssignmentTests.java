package org.peersupport.matching.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.peersupport.matching.availability.Availability;
import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.Clinician;
import org.peersupport.matching.engine.DepartmentChoice;
import org.peersupport.matching.engine.Ranking;
import org.peersupport.matching.engine.Scored;
import org.peersupport.matching.engine.Work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OptimalAssignmentTests {

	@Test
	void placesEveryCaseWhereGreedyStrandsOne() {
		Candidate first = supporter("S-1", 1);
		Candidate second = supporter("S-2", 1);
		List<Ranking> rankings = List.of(ranking("A", option(first, 10), option(second, 9)),
				ranking("B", option(first, 10)));
		assertThat(new GreedyAssignment().assign(rankings)).extracting((o) -> o.map(Scored::staffId).orElse(null))
			.containsExactly("S-1", null);
		assertThat(new OptimalAssignment().assign(rankings)).extracting((o) -> o.map(Scored::staffId).orElse(null))
			.containsExactly("S-2", "S-1");
	}

	@Test
	void respectsCapacityAndPrefersTheHigherTotalScore() {
		Candidate busy = supporter("S-1", 2);
		Candidate other = supporter("S-2", 1);
		List<Ranking> rankings = List.of(ranking("A", option(busy, 5), option(other, 1)),
				ranking("B", option(busy, 5), option(other, 4)), ranking("C", option(busy, 5), option(other, 1)));
		List<Optional<Scored>> result = new OptimalAssignment().assign(rankings);
		assertThat(result).extracting((o) -> o.get().staffId()).containsExactly("S-1", "S-2", "S-1");
		assertThat(total(result)).isEqualTo(14.0);
	}

	@Test
	void matchesABruteForceOnRandomSmallBatches() {
		Random random = new Random(42);
		for (int round = 0; round < 300; round++) {
			int supporters = 1 + random.nextInt(4);
			List<Candidate> pool = new ArrayList<>();
			for (int s = 0; s < supporters; s++) {
				pool.add(supporter("S-" + s, 1 + random.nextInt(2)));
			}
			List<Ranking> rankings = new ArrayList<>();
			int cases = 1 + random.nextInt(5);
			for (int c = 0; c < cases; c++) {
				List<Scored> options = new ArrayList<>();
				for (Candidate supporter : pool) {
					if (random.nextDouble() < 0.7) {
						options.add(option(supporter, random.nextInt(20) / 2.0));
					}
				}
				rankings.add(ranking("case-" + c, options.toArray(Scored[]::new)));
			}
			List<Optional<Scored>> solved = new OptimalAssignment().assign(rankings);
			assertWithinCapacity(solved);
			double[] best = bruteForce(rankings, 0, new HashMap<>());
			assertThat((double) solved.stream().filter(Optional::isPresent).count()).as("round %d placed", round)
				.isEqualTo(best[0]);
			assertThat(total(solved)).as("round %d score", round).isCloseTo(best[1], within(1e-9));
			List<Optional<Scored>> greedy = new GreedyAssignment().assign(rankings);
			assertThat(greedy.stream().filter(Optional::isPresent).count() * 1000 + total(greedy))
				.isLessThanOrEqualTo(best[0] * 1000 + best[1] + 1e-9);
		}
	}

	@Test
	void startingFromOneOptionPerCaseThePotentialsFindTheOptionsLeftOutThatMatter() {
		Random random = new Random(7);
		int certified = 0;
		for (int round = 0; round < 200; round++) {
			List<Candidate> pool = new ArrayList<>();
			for (int s = 0; s < 6; s++) {
				pool.add(supporter("S-" + s, 1 + random.nextInt(2)));
			}
			List<Ranking> rankings = new ArrayList<>();
			for (int c = 0; c < 1 + random.nextInt(6); c++) {
				List<Scored> options = new ArrayList<>();
				for (Candidate supporter : pool) {
					if (random.nextDouble() < 0.6) {
						options.add(option(supporter, random.nextInt(20) / 2.0));
					}
				}
				rankings.add(ranking("case-" + c, options.toArray(Scored[]::new)));
			}
			OptimalAssignment.Outcome outcome = new OptimalAssignment(1).solve(rankings);
			double[] best = bruteForce(rankings, 0, new HashMap<>());
			assertWithinCapacity(outcome.picks());
			assertThat((double) outcome.picks().stream().filter(Optional::isPresent).count()).isEqualTo(best[0]);
			assertThat(total(outcome.picks())).as("round %d", round).isCloseTo(best[1], within(1e-9));
			certified += outcome.certified() ? 1 : 0;
		}
		assertThat(certified).as("the dual check, not the fallback, decides").isEqualTo(200);
	}

	@Test
	void pruningKeepsEnoughOptionsForEveryCase() {
		Candidate a = supporter("S-1", 2);
		Candidate b = supporter("S-2", 1);
		Candidate c = supporter("S-3", 5);
		List<Scored> options = List.of(option(a, 9), option(b, 8), option(c, 7));
		assertThat(OptimalAssignment.prune(options, 2)).extracting(Scored::staffId).containsExactly("S-1");
		assertThat(OptimalAssignment.prune(options, 3)).extracting(Scored::staffId).containsExactly("S-1", "S-2");
		assertThat(OptimalAssignment.prune(options, 10)).hasSize(3);
	}

	/** Best (placed, score) over every assignment, placed first. */
	private static double[] bruteForce(List<Ranking> rankings, int index, Map<String, Integer> used) {
		if (index == rankings.size()) {
			return new double[] { 0, 0 };
		}
		double[] best = bruteForce(rankings, index + 1, used);
		for (Scored option : rankings.get(index).eligible()) {
			int taken = used.getOrDefault(option.staffId(), 0);
			if (taken < option.candidate().freeSlots()) {
				used.put(option.staffId(), taken + 1);
				double[] rest = bruteForce(rankings, index + 1, used);
				used.put(option.staffId(), taken);
				double[] withThis = { rest[0] + 1, rest[1] + option.total() };
				if (withThis[0] > best[0] || (withThis[0] == best[0] && withThis[1] > best[1])) {
					best = withThis;
				}
			}
		}
		return best;
	}

	private static void assertWithinCapacity(List<Optional<Scored>> solved) {
		Map<String, Integer> used = new HashMap<>();
		for (Optional<Scored> pick : solved) {
			pick.ifPresent((s) -> used.merge(s.staffId(), 1, Integer::sum));
		}
		for (Optional<Scored> pick : solved) {
			pick.ifPresent((s) -> assertThat(used.get(s.staffId())).isLessThanOrEqualTo(s.candidate().freeSlots()));
		}
	}

	private static double total(List<Optional<Scored>> result) {
		return result.stream().flatMap(Optional::stream).mapToDouble(Scored::total).sum();
	}

	private static Candidate supporter(String id, int slots) {
		return new Candidate(id, new Work("ED", "RN", null, null, null), Set.of(), Set.of(),
				new Candidate.Readiness(true, null, false), new Candidate.Workload(slots, 0, 0, null),
				Availability.NONE);
	}

	private static Scored option(Candidate supporter, double score) {
		return new Scored(supporter, score);
	}

	private static Ranking ranking(String caseId, Scored... options) {
		List<Scored> sorted = new ArrayList<>(List.of(options));
		sorted.sort(Comparator.comparingDouble(Scored::total).reversed().thenComparing(Scored::staffId));
		Clinician clinician = new Clinician("C-" + caseId, new Work("ICU", "RN", null, null, null), Set.of(), Set.of(),
				DepartmentChoice.NO_PREFERENCE);
		return new Ranking(new CaseToMatch(caseId, clinician, Set.of(), Set.of(), null, false), sorted, options.length,
				Map.of());
	}

}
