package org.peersupport.matching.offer;

/** Where an offer to a supporter stands. */
public enum OfferStatus {

	/** Out, waiting for an answer; counts against the supporter's capacity. */
	OFFERED,
	/** Taken; counts against the supporter's capacity. */
	ACCEPTED, DECLINED, EXPIRED

}
