package org.peersupport.dashboard.figures;

/** The typed rows {@link CaseQueries} returns: raw figures, before any layout. */
final class CaseRows {

	private CaseRows() {
	}

	/**
	 * @param events distinct events reported
	 * @param people distinct clinicians involved in them
	 */
	record Involvement(long events, long people) {
	}

	/** Distinct clinicians at each step of outreach. */
	record Reach(long opened, long offered, long accepted, long reached, long declined, long optedOut,
			long outOfScope) {
	}

	/**
	 * @param key the dimension's value; null on the total row
	 * @param total whether this is the row of all values
	 */
	record FunnelRow(String key, boolean total, Tally cases, Tally offered, Tally accepted, Tally reached) {
	}

	/**
	 * @param cases the cases that have both ends of the interval
	 * @param median hours, or null without cases
	 * @param p90 hours, or null without cases
	 */
	record Interval(Tally cases, Double median, Double p90) {
	}

	/**
	 * @param offered cases offered that had a policy window
	 * @param within those first offered before the window ended
	 */
	record PolicyWindow(Tally offered, Tally within) {
	}

	/**
	 * @param bucket the bucket's first day, {@code YYYY-MM-DD}
	 * @param cases cases opened in it
	 * @param offeredPeople distinct clinicians among them who were offered support
	 * @param medianHoursToOffer median report → offer, or null
	 * @param windowed cases offered that had a policy window
	 * @param within cases offered within their window
	 */
	record TrendRow(String bucket, Tally cases, long offeredPeople, Double medianHoursToOffer, long windowed,
			long within) {
	}

	/**
	 * @param cases every case, with its distinct clinicians
	 * @param offered distinct clinicians offered support
	 * @param reached distinct clinicians reached
	 * @param declined distinct clinicians who declined
	 * @param escalated cases escalated
	 */
	record Operational(Tally cases, long offered, long reached, long declined, Tally escalated) {
	}

	/**
	 * @param median check-ins per clinician, or null
	 * @param people clinicians with at least one check-in
	 */
	record CheckinsPerClinician(Double median, long people) {
	}

}
