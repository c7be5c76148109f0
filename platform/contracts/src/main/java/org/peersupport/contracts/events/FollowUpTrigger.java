package org.peersupport.contracts.events;

/** What scheduled a follow-up. */
public enum FollowUpTrigger {

	/** A fixed offset after an accepted first contact (for example 3 and 14 days). */
	AFTER_FIRST_CONTACT,
	/** The clinician asked for a follow-up at a check-in. */
	REQUESTED_AT_CHECKIN,
	/** A root cause analysis is scheduled for the incident. */
	RCA_SCHEDULED,
	/** The incident goes to peer review. */
	PEER_REVIEW,
	/** A disclosure meeting with the patient or family is planned. */
	DISCLOSURE_MEETING,
	/** A claim or lawsuit was filed. */
	CLAIM_FILED

}
