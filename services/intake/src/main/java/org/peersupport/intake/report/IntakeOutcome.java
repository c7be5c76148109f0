package org.peersupport.intake.report;

/** What intake did with a report. */
public enum IntakeOutcome {

	/** New: recorded, and the minimized event goes to outreach. */
	ACCEPTED,
	/**
	 * New, but nobody involved could be identified as staff: recorded with the reason, no
	 * outreach.
	 */
	ACCEPTED_NO_OUTREACH,
	/** The same report again: nothing changes. */
	DUPLICATE,
	/**
	 * A changed version of a known report: newly named staff go to outreach, nobody
	 * twice.
	 */
	UPDATED

}
