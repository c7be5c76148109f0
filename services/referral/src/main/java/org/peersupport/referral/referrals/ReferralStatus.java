package org.peersupport.referral.referrals;

import java.util.Set;

import org.peersupport.contracts.events.ReferralOutcome;

/**
 * Where a referral stands: offered → accepted → connected → closed. It can be closed from
 * any earlier state; how it ends depends on how far it got.
 */
public enum ReferralStatus {

	/** Made at the check-in; the clinician has not taken it up yet. */
	OFFERED(Set.of(ReferralOutcome.DECLINED, ReferralOutcome.NOT_CONNECTED), ReferralOutcome.DECLINED),
	/** The clinician said they would contact the resource. */
	ACCEPTED(Set.of(ReferralOutcome.NOT_CONNECTED, ReferralOutcome.DECLINED), ReferralOutcome.NOT_CONNECTED),
	/** The clinician is in contact with the resource. */
	CONNECTED(Set.of(ReferralOutcome.CONNECTED), ReferralOutcome.CONNECTED),
	/** Done, with an outcome. */
	CLOSED(Set.of(), null);

	private final Set<ReferralOutcome> closingOutcomes;

	private final ReferralOutcome defaultOutcome;

	ReferralStatus(Set<ReferralOutcome> closingOutcomes, ReferralOutcome defaultOutcome) {
		this.closingOutcomes = closingOutcomes;
		this.defaultOutcome = defaultOutcome;
	}

	/** Only forward, one step at a time, or straight to closed. */
	boolean canMoveTo(ReferralStatus next) {
		if (this == CLOSED) {
			return false;
		}
		return next == CLOSED || next.ordinal() == ordinal() + 1;
	}

	/** The outcomes a referral in this state can close with. */
	Set<ReferralOutcome> closingOutcomes() {
		return this.closingOutcomes;
	}

	ReferralOutcome defaultOutcome() {
		return this.defaultOutcome;
	}

	/** Still waiting for the clinician to connect: the follow-up is about these. */
	boolean awaitsConnection() {
		return this == OFFERED || this == ACCEPTED;
	}

}
