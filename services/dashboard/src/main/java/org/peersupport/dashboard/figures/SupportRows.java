package org.peersupport.dashboard.figures;

import java.time.LocalDate;
import java.util.List;

/** The typed rows {@link SupportQueries} returns: raw figures, before any layout. */
final class SupportRows {

	private SupportRows() {
	}

	/**
	 * @param reason the escalation reason code
	 * @param period escalations in the period, with their distinct clinicians
	 * @param now cases needing attention now for this reason
	 */
	record EscalationRow(String reason, Tally period, Tally now) {
	}

	/**
	 * Distinct clinicians over all reasons: one can be escalated for several.
	 *
	 * @param period escalated in the period
	 * @param now needing attention now
	 */
	record EscalatedPeople(long period, long now) {
	}

	/**
	 * One key (a trigger, a kind) or the total, with the grouping query's columns in
	 * order: all facts first, then the facts in each state.
	 *
	 * @param key the key; null on the total row
	 * @param total whether this is the row of all keys
	 * @param tallies one per column
	 */
	record GroupedCounts(String key, boolean total, List<Tally> tallies) {
	}

	/**
	 * @param raised crises raised in the period
	 * @param acknowledged those an on-call lead acknowledged
	 * @param medianMinutes median minutes to acknowledgement, or null
	 * @param p90Minutes 90th percentile minutes to acknowledgement, or null
	 */
	record Crises(Tally raised, Tally acknowledged, Double medianMinutes, Double p90Minutes) {
	}

	/**
	 * A trained, active supporter whose training has not expired.
	 *
	 * @param load accepted cases still open
	 * @param maxActive how many they take at once
	 * @param trainingExpiresOn when their training expires, or null
	 */
	record ActiveSupporter(long load, long maxActive, LocalDate trainingExpiresOn) {
	}

	/**
	 * Team debriefs in the period; each count comes with the people invited to them.
	 *
	 * @param scheduled debriefs the administrator scheduled
	 * @param staffed those matching found facilitators for
	 * @param unstaffed those nobody could facilitate (yet)
	 * @param held those held, by the facilitator's record
	 * @param notHeld those recorded as not held
	 * @param attended people who attended the debriefs held (a count of people)
	 * @param medianHours median hours from proposal (the report) to the start of a held
	 * debrief, or null
	 */
	record Debriefs(Tally scheduled, Tally staffed, Tally unstaffed, Tally held, Tally notHeld, long attended,
			Double medianHours) {
	}

}
