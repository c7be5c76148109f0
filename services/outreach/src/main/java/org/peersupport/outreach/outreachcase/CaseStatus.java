package org.peersupport.outreach.outreachcase;

/** Where an outreach case stands. */
public enum CaseStatus {

	/** Waiting for its due time or for matching to find a supporter. */
	SCHEDULED,
	/** A supporter has been offered the case. */
	OFFERED,
	/** A supporter accepted and will reach out. */
	ACCEPTED,
	/** The program administrator must act; the reason says why. */
	NEEDS_ATTENTION,
	/** Done. */
	CLOSED

}
