package org.peersupport.contracts.events;

/** A later step in the handling of an incident that reopens the wound. */
public enum MilestoneKind {

	/** A root cause analysis is scheduled. */
	RCA_SCHEDULED,
	/** Peer review of the case. */
	PEER_REVIEW,
	/** A disclosure meeting with the patient or family. */
	DISCLOSURE_MEETING,
	/** A claim or lawsuit was filed. */
	CLAIM_FILED

}
