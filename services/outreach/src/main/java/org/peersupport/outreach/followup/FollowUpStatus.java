package org.peersupport.outreach.followup;

/** Where a follow-up stands. */
enum FollowUpStatus {

	/** Waiting for its due time. */
	SCHEDULED,
	/** Announced to matching; waiting for a check-in. */
	DUE,
	/** A check-in answered it. */
	DONE,
	/** Its deadline passed without a check-in; escalated. */
	MISSED,
	/** The case closed or the clinician opted out first. */
	CANCELLED

}
