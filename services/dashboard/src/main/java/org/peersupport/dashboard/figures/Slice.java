package org.peersupport.dashboard.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.peersupport.contracts.events.HarmLevel;

/**
 * The part of the program a director looks at: every filter is optional.
 *
 * @param facility a facility code, or null for all
 * @param departmentGroup a configured department group, or null for all
 * @param harm a harm level, or null for all
 * @param from the first day (inclusive), or null for no lower bound
 * @param to the last day (inclusive), or null for no upper bound
 * @param granularity the trend's bucket
 */
public record Slice(String facility, String departmentGroup, HarmLevel harm, LocalDate from, LocalDate to,
		Granularity granularity) {

	public static final Slice EVERYTHING = new Slice(null, null, null, null, null, Granularity.WEEK);

	/** The trend's bucket. */
	public enum Granularity {

		DAY, WEEK, MONTH

	}

	public boolean hasPeriod() {
		return this.from != null || this.to != null;
	}

	/**
	 * The same slice with one filter removed, for each filter that is set: what someone
	 * could subtract this slice's figures from.
	 */
	public List<Slice> parents() {
		List<Slice> parents = new ArrayList<>();
		if (this.facility != null) {
			parents.add(new Slice(null, this.departmentGroup, this.harm, this.from, this.to, this.granularity));
		}
		if (this.departmentGroup != null) {
			parents.add(new Slice(this.facility, null, this.harm, this.from, this.to, this.granularity));
		}
		if (this.harm != null) {
			parents.add(new Slice(this.facility, this.departmentGroup, null, this.from, this.to, this.granularity));
		}
		if (hasPeriod()) {
			parents.add(new Slice(this.facility, this.departmentGroup, this.harm, null, null, this.granularity));
		}
		return parents;
	}

}
