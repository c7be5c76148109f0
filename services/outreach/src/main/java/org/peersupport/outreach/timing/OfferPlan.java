package org.peersupport.outreach.timing;

import java.time.Instant;

/**
 * When an offer is due and when its window ends.
 *
 * @param dueAt when the case goes to matching
 * @param windowEndsAt the latest time by which a supporter must have accepted
 */
public record OfferPlan(Instant dueAt, Instant windowEndsAt) {

	/** Coalescing: the earlier of each time, so a later event never delays a case. */
	public OfferPlan earliest(OfferPlan other) {
		return new OfferPlan(min(this.dueAt, other.dueAt), min(this.windowEndsAt, other.windowEndsAt));
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
