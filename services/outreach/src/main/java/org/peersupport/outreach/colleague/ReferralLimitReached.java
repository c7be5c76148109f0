package org.peersupport.outreach.colleague;

/** A referrer made as many referrals today as the program allows (429). */
public class ReferralLimitReached extends RuntimeException {

	private final int limit;

	ReferralLimitReached(int limit) {
		super("You have referred " + limit + " colleagues today, as many as the program takes from one person in a "
				+ "day. Please try again tomorrow, or talk to the program directly.");
		this.limit = limit;
	}

	public int limit() {
		return this.limit;
	}

}
