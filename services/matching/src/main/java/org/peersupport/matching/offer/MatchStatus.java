package org.peersupport.matching.offer;

/** Where a case stands in matching. */
enum MatchStatus {

	/** Collected in a batch window; assigned together with the cases due with it. */
	PENDING,
	/** An offer is out. */
	OFFERED,
	/** A supporter accepted. */
	ACCEPTED,
	/** Nobody could be offered the case; outreach escalates it. */
	UNMATCHED,
	/**
	 * Outreach closed the case: nothing is offered any more, and a late due for it is
	 * ignored. The reason holds outreach's close reason.
	 */
	CLOSED

}
