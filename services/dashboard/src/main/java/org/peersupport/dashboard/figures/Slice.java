package org.peersupport.dashboard.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.HarmLevel;

/**
 * The part of the program a director looks at: every filter is optional.
 *
 * @param facility a facility code, or null for all
 * @param departmentGroup a configured department group, or null for all
 * @param harm a harm level, or null for all
 * @param source how the cases started (an incident, a self request, ...), or null for all
 * @param from the first day (inclusive), or null for no lower bound
 * @param to the last day (inclusive), or null for no upper bound
 * @param granularity the trend's bucket
 * @param within the facilities the viewer is limited to (a facility-limited director):
 * nothing outside them, and nothing without a facility, is counted; empty for no limit
 */
public record Slice(String facility, String departmentGroup, HarmLevel harm, CaseSource source, LocalDate from,
		LocalDate to, Granularity granularity, List<String> within) {

	public static final Slice EVERYTHING = new Slice(null, null, null, null, null, null, Granularity.WEEK, List.of());

	public Slice {
		within = (within != null) ? List.copyOf(within) : List.of();
	}

	/**
	 * The slice limited to these facilities (sorted, so equal limits give equal slices).
	 */
	public Slice limitedTo(Collection<String> facilities) {
		return new Slice(this.facility, this.departmentGroup, this.harm, this.source, this.from, this.to,
				this.granularity, facilities.stream().sorted().toList());
	}

	/** The trend's bucket. */
	public enum Granularity {

		DAY, WEEK, MONTH

	}

	public boolean hasPeriod() {
		return this.from != null || this.to != null;
	}

	/**
	 * The same slice with one filter removed, for each filter that is set: what someone
	 * could subtract this slice's figures from. A facility limit counts as a filter too:
	 * a limited view is protected against the unlimited view of the same other filters,
	 * exactly as a view of one facility is.
	 */
	public List<Slice> parents() {
		List<Slice> parents = new ArrayList<>();
		if (this.facility != null) {
			parents.add(new Slice(null, this.departmentGroup, this.harm, this.source, this.from, this.to,
					this.granularity, this.within));
		}
		if (!this.within.isEmpty()) {
			parents.add(new Slice(null, this.departmentGroup, this.harm, this.source, this.from, this.to,
					this.granularity, List.of()));
		}
		if (this.departmentGroup != null) {
			parents.add(new Slice(this.facility, null, this.harm, this.source, this.from, this.to, this.granularity,
					this.within));
		}
		if (this.harm != null) {
			parents.add(new Slice(this.facility, this.departmentGroup, null, this.source, this.from, this.to,
					this.granularity, this.within));
		}
		if (this.source != null) {
			parents.add(new Slice(this.facility, this.departmentGroup, this.harm, null, this.from, this.to,
					this.granularity, this.within));
		}
		if (hasPeriod()) {
			parents.add(new Slice(this.facility, this.departmentGroup, this.harm, this.source, null, null,
					this.granularity, this.within));
		}
		return parents;
	}

}
