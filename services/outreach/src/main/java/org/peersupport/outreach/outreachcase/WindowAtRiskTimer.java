package org.peersupport.outreach.outreachcase;

import java.time.Instant;

import org.peersupport.contracts.events.EscalationReasons;
import org.peersupport.persistence.timer.TimerTask;

import org.springframework.stereotype.Component;

/** Warns the administrator while there is still time to find someone. */
@Component
class WindowAtRiskTimer extends LockedCaseTimer {

	static final TimerTask TASK = new TimerTask("outreach-window-at-risk");

	private final CaseEscalation escalations;

	WindowAtRiskTimer(OutreachCaseRepository cases, CaseEscalation escalations) {
		super(TASK, cases);
		this.escalations = escalations;
	}

	@Override
	boolean applies(OutreachCase outreachCase, Instant scheduledFor) {
		return outreachCase.awaitsAcceptance() && scheduledFor.isBefore(outreachCase.windowEndsAt());
	}

	@Override
	void act(OutreachCase outreachCase) {
		this.escalations.escalate(outreachCase, EscalationReasons.WINDOW_AT_RISK, false);
	}

}
