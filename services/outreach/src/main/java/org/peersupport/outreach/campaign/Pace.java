package org.peersupport.outreach.campaign;

/**
 * How fast a campaign opens cases: at most {@code casesPerDay} in each day from its
 * opening time, or (when null) as the supporters' free capacity allows
 * ({@link SupporterCapacity}).
 *
 * @param casesPerDay the most cases opened per day, or null to follow capacity
 */
public record Pace(Integer casesPerDay) {

	/** The largest daily pace an administrator may set. */
	static final int MOST_PER_DAY = 1000;

	public static Pace capacity() {
		return new Pace(null);
	}

	public static Pace perDay(int cases) {
		return new Pace(cases);
	}

	public boolean followsCapacity() {
		return this.casesPerDay == null;
	}

}
