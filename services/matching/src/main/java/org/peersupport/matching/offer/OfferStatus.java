package org.peersupport.matching.offer;

/**
 * Where an offer to a supporter stands. Only {@link #OFFERED} and {@link #ACCEPTED} count
 * against a supporter's capacity; every other state is final.
 */
public enum OfferStatus {

	/** Out, waiting for an answer; counts against the supporter's capacity. */
	OFFERED,
	/** Taken; counts against the supporter's capacity until outreach closes the case. */
	ACCEPTED,
	/** Refused by the supporter. */
	DECLINED,
	/** Not answered in time. */
	EXPIRED,
	/**
	 * Accepted, and the case has since closed: no longer counts against capacity, but
	 * still counts as a case taken on (fatigue, cool-down).
	 */
	COMPLETED,
	/**
	 * Taken back unanswered because the case closed (say the clinician opted out), or
	 * because an administrator assigned the case by hand to another supporter; it can no
	 * longer be accepted.
	 */
	WITHDRAWN

}
