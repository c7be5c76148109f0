package org.peersupport.matching.offer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.peersupport.matching.directory.StaffMember;

/**
 * Picks a supporter for a clinician. Hard constraints first (trained and active, not the
 * clinician, not involved in the same events, not their supervisor, under capacity, not
 * someone who already declined this case); then the least loaded, so the work is spread
 * fairly.
 */
public final class SupporterSelection {

	private SupporterSelection() {
	}

	/**
	 * @param clinician the clinician to support
	 * @param candidates the roster
	 * @param activeLoad open offers and assignments per supporter
	 * @param excluded staff who may not support this clinician for this case
	 * @return the chosen supporter, if anyone is eligible
	 */
	public static Optional<StaffMember> choose(StaffMember clinician, List<StaffMember> candidates,
			Map<String, Integer> activeLoad, Set<String> excluded) {
		return candidates.stream()
			.filter((s) -> isEligible(s, clinician, activeLoad, excluded))
			.min(Comparator.comparingDouble((StaffMember s) -> loadRatio(s, activeLoad))
				.thenComparing(StaffMember::staffId));
	}

	static boolean isEligible(StaffMember supporter, StaffMember clinician, Map<String, Integer> activeLoad,
			Set<String> excluded) {
		return supporter.supporter() && supporter.trained() && !supporter.staffId().equals(clinician.staffId())
				&& !excluded.contains(supporter.staffId()) && !supporter.staffId().equals(clinician.supervisorId())
				&& activeLoad.getOrDefault(supporter.staffId(), 0) < supporter.maxActive();
	}

	private static double loadRatio(StaffMember supporter, Map<String, Integer> activeLoad) {
		return (double) activeLoad.getOrDefault(supporter.staffId(), 0) / supporter.maxActive();
	}

}
