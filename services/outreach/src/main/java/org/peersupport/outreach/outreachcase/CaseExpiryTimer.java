package org.peersupport.outreach.outreachcase;

import java.time.Instant;
import java.util.UUID;

import org.peersupport.contracts.events.CloseReason;
import org.peersupport.persistence.timer.DurableTimers;
import org.peersupport.persistence.timer.TimerTask;

import org.springframework.stereotype.Component;

/** Closes a case nobody could be found for, after the grace period. */
@Component
public class CaseExpiryTimer extends LockedCaseTimer {

	static final TimerTask TASK = new TimerTask("outreach-case-expiry");

	private final CaseClosing closing;

	private final DurableTimers timers;

	CaseExpiryTimer(OutreachCaseRepository cases, CaseClosing closing, DurableTimers timers) {
		super(TASK, cases);
		this.closing = closing;
		this.timers = timers;
	}

	/**
	 * Sets (or moves) the case's expiry, in the caller's transaction: one expiry per
	 * case, a grace period after its latest miss (of the window, or of a follow-up).
	 */
	public void expireAt(UUID caseId, Instant at) {
		this.timers.reschedule(TASK, caseId.toString(), at);
	}

	@Override
	boolean applies(OutreachCase outreachCase, Instant scheduledFor) {
		return outreachCase.isOpen()
				&& (outreachCase.awaitsAcceptance() || this.closing.onlyMissedFollowUpsLeft(outreachCase))
				&& !this.closing.hasPendingFollowUps(outreachCase);
	}

	@Override
	void act(OutreachCase outreachCase) {
		this.closing.close(outreachCase, CloseReason.EXPIRED);
	}

}
