package org.peersupport.matching.offer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.peersupport.matching.directory.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;

class SupporterSelectionTests {

	private static final StaffMember CLINICIAN = staff("C-1", "BOSS", false, false, 0);

	@Test
	void picksTheLeastLoadedEligibleSupporter() {
		List<StaffMember> roster = List.of(staff("P-1", null, true, true, 2), staff("P-2", null, true, true, 2));
		assertThat(choose(roster, Map.of("P-1", 1), Set.of())).contains("P-2");
		assertThat(choose(roster, Map.of("P-2", 1), Set.of())).contains("P-1");
	}

	@Test
	void loadIsComparedRelativeToCapacityAndTiesGoToTheLowestId() {
		List<StaffMember> roster = List.of(staff("P-2", null, true, true, 4), staff("P-1", null, true, true, 2));
		assertThat(choose(roster, Map.of(), Set.of())).contains("P-1");
		assertThat(choose(roster, Map.of("P-1", 1, "P-2", 1), Set.of())).contains("P-2");
	}

	@Test
	void untrainedInactiveOrFullSupportersAreNeverChosen() {
		assertThat(choose(List.of(staff("P-1", null, true, false, 2)), Map.of(), Set.of())).isEmpty();
		assertThat(choose(List.of(staff("P-1", null, false, true, 2)), Map.of(), Set.of())).isEmpty();
		assertThat(choose(List.of(staff("P-1", null, true, true, 2)), Map.of("P-1", 2), Set.of())).isEmpty();
		assertThat(choose(List.of(staff("P-1", null, true, true, 0)), Map.of(), Set.of())).isEmpty();
	}

	@Test
	void theSupervisorTheClinicianThemselvesAndAnyoneInvolvedAreExcluded() {
		assertThat(choose(List.of(staff("BOSS", null, true, true, 2)), Map.of(), Set.of())).isEmpty();
		assertThat(choose(List.of(staff("C-1", null, true, true, 2)), Map.of(), Set.of())).isEmpty();
		assertThat(choose(List.of(staff("P-1", null, true, true, 2)), Map.of(), Set.of("P-1"))).isEmpty();
		assertThat(choose(List.of(staff("P-1", null, true, true, 2), staff("P-9", null, true, true, 2)), Map.of(),
				Set.of("P-1")))
			.contains("P-9");
	}

	private static Optional<String> choose(List<StaffMember> roster, Map<String, Integer> load, Set<String> excluded) {
		return SupporterSelection.choose(CLINICIAN, roster, load, excluded).map(StaffMember::staffId);
	}

	private static StaffMember staff(String id, String supervisor, boolean supporter, boolean trained, int max) {
		return new StaffMember(id, "Name " + id, null, "ICU", "RN", supervisor, supporter, trained, max, Instant.EPOCH);
	}

}
