package org.peersupport.referral.referrals;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.ReferralClosed;
import org.peersupport.contracts.events.ReferralMade;
import org.peersupport.messaging.outbox.Outbox;

import org.springframework.stereotype.Component;

/** Announces referral changes through the outbox, in the caller's transaction. */
@Component
class ReferralEvents {

	private final Outbox outbox;

	ReferralEvents(Outbox outbox) {
		this.outbox = outbox;
	}

	void made(Referral referral) {
		this.outbox.publish(Events.REFERRAL_MADE, referral.staffId(), referral.id(),
				new ReferralMade(referral.id(), referral.caseId(), referral.staffId(), referral.kind(),
						referral.resourceCode(), referral.facility(), referral.madeAt()));
	}

	void closed(Referral referral) {
		this.outbox.publish(Events.REFERRAL_CLOSED, referral.staffId(), referral.id(),
				new ReferralClosed(referral.id(), referral.caseId(), referral.staffId(), referral.kind(),
						referral.outcome(), referral.facility(), referral.closedAt()));
	}

}
