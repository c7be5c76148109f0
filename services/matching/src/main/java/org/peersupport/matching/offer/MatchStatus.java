package org.peersupport.matching.offer;

/** Where a case stands in matching. */
public enum MatchStatus {

	/** An offer is out. */
	OFFERED,
	/** A supporter accepted. */
	ACCEPTED,
	/** Nobody could be offered the case; outreach escalates it. */
	UNMATCHED

}
