package org.peersupport.contracts.events;

/** Why matching could not place a case. */
public enum UnmatchedReason {

	/** The clinician is not in the staff directory, so conflicts cannot be checked. */
	UNKNOWN_STAFF,
	/** Nobody passes the hard constraints right now. */
	NO_ELIGIBLE_SUPPORTER,
	/** Offers were declined or expired as many times as the program allows. */
	OFFERS_EXHAUSTED

}
