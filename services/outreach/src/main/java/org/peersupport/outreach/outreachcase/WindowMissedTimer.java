package org.peersupport.outreach.outreachcase;

import java.time.Instant;

import org.peersupport.contracts.events.EscalationReasons;
import org.peersupport.outreach.policy.OutreachPolicies;
import org.peersupport.persistence.timer.TimerTask;

import org.springframework.stereotype.Component;

/**
 * The window ended with nobody accepted: escalate, and let the case expire after the
 * grace period if still nobody is reached.
 */
@Component
class WindowMissedTimer extends LockedCaseTimer {

	static final TimerTask TASK = new TimerTask("outreach-window-missed");

	private final CaseEscalation escalations;

	private final OutreachPolicies policies;

	private final CaseExpiryTimer expiry;

	WindowMissedTimer(OutreachCaseRepository cases, CaseEscalation escalations, OutreachPolicies policies,
			CaseExpiryTimer expiry) {
		super(TASK, cases);
		this.escalations = escalations;
		this.policies = policies;
		this.expiry = expiry;
	}

	@Override
	boolean applies(OutreachCase outreachCase, Instant scheduledFor) {
		return outreachCase.awaitsAcceptance()
				&& !this.escalations.isOpen(outreachCase.id(), EscalationReasons.WINDOW_MISSED);
	}

	@Override
	void act(OutreachCase outreachCase) {
		this.escalations.escalate(outreachCase, EscalationReasons.WINDOW_MISSED, false);
		this.expiry.expireAt(outreachCase.id(), outreachCase.windowEndsAt()
			.plus(this.policies.forFacility(outreachCase.facility()).deadlines().expiryGrace()));
	}

}
