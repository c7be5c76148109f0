package org.peersupport.outreach.debrief;

/** Where a team debrief stands, from proposal to outcome. */
public enum DebriefStatus {

	/** Proposed for an event; waiting for the administrator to schedule it. */
	PROPOSED,
	/** Scheduled; matching is choosing its facilitators. */
	SCHEDULED,
	/** Facilitators chosen and the team invited. */
	STAFFED,
	/** Nobody was eligible to facilitate; the administrator may schedule it again. */
	UNSTAFFED,
	/** A facilitator recorded that it took place. */
	HELD,
	/** A facilitator recorded that it did not take place. */
	NOT_HELD;

	/** Whether the administrator may (re)schedule it. */
	public boolean schedulable() {
		return this == PROPOSED || this == UNSTAFFED;
	}

}
