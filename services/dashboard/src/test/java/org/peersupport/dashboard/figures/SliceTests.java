package org.peersupport.dashboard.figures;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.dashboard.figures.Slice.Granularity;

import static org.assertj.core.api.Assertions.assertThat;

class SliceTests {

	private static final Slice SEVERE = new Slice(null, null, HarmLevel.SEVERE, null, null, null, Granularity.WEEK,
			List.of());

	@Test
	void aLimitIsSortedSoEqualLimitsGiveEqualSlices() {
		assertThat(SEVERE.limitedTo(Set.of("SOUTH", "NORTH")).within()).containsExactly("NORTH", "SOUTH");
		assertThat(SEVERE.limitedTo(List.of("SOUTH", "NORTH"))).isEqualTo(SEVERE.limitedTo(List.of("NORTH", "SOUTH")));
	}

	@Test
	void aLimitedSliceIsProtectedAgainstTheUnlimitedOneAsAFacilityIs() {
		Slice north = SEVERE.limitedTo(List.of("NORTH"));
		assertThat(north.parents()).containsExactly(SEVERE,
				new Slice(null, null, null, null, null, null, Granularity.WEEK, List.of("NORTH")));
		Slice oneFacility = new Slice("NORTH", null, HarmLevel.SEVERE, null, null, null, Granularity.WEEK, List.of());
		assertThat(oneFacility.parents()).contains(SEVERE);
	}

	@Test
	void everyOtherParentKeepsTheLimit() {
		Slice north = new Slice("NORTH", "surgery", null, null, null, null, Granularity.WEEK,
				List.of("NORTH", "SOUTH"));
		assertThat(north.parents()).filteredOn((parent) -> parent.within().isEmpty())
			.containsExactly(new Slice(null, "surgery", null, null, null, null, Granularity.WEEK, List.of()));
		assertThat(north.parents()).filteredOn((parent) -> !parent.within().isEmpty())
			.allSatisfy((parent) -> assertThat(parent.within()).containsExactly("NORTH", "SOUTH"));
	}

	@Test
	void aViewOfOneWayInIsProtectedAgainstTheViewOfEveryWayIn() {
		Slice selfRequests = new Slice(null, null, HarmLevel.SEVERE, CaseSource.SELF_REQUEST, null, null,
				Granularity.WEEK, List.of());
		assertThat(selfRequests.parents()).containsExactlyInAnyOrder(SEVERE,
				new Slice(null, null, null, CaseSource.SELF_REQUEST, null, null, Granularity.WEEK, List.of()));
		assertThat(selfRequests.limitedTo(List.of("NORTH")).source()).isEqualTo(CaseSource.SELF_REQUEST);
	}

}
