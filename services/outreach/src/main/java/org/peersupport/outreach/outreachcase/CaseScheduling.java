package org.peersupport.outreach.outreachcase;

import java.time.Clock;
import java.time.Instant;

import org.peersupport.outreach.policy.OutreachPolicy;
import org.peersupport.outreach.timer.OutreachTimers;
import org.peersupport.outreach.timer.TimerKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a case's plan into timers, in the transaction that changed the case: a case due
 * now goes to matching at once, a later one gets an offer-due timer, and every case gets
 * a window-at-risk warning (when there is time for one) and a window-missed check.
 */
@Service
class CaseScheduling {

	private final OutreachTimers timers;

	private final CaseAnnouncements announcements;

	private final Clock clock;

	CaseScheduling(OutreachTimers timers, CaseAnnouncements announcements, Clock clock) {
		this.timers = timers;
		this.announcements = announcements;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	OutreachCase scheduleNew(OutreachCase outreachCase, OutreachPolicy policy) {
		scheduleWindow(outreachCase, policy);
		return offerWhenDue(outreachCase, policy);
	}

	/**
	 * After coalescing: a case matching already has is sent again (with the new event and
	 * co-involved staff); a waiting case keeps or advances its timer; a window that moved
	 * earlier gets new checks.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	OutreachCase rescheduleCoalesced(OutreachCase before, OutreachCase after, boolean alreadyWithMatching,
			OutreachPolicy policy) {
		if (!after.windowEndsAt().equals(before.windowEndsAt())) {
			scheduleWindow(after, policy);
		}
		if (alreadyWithMatching) {
			return this.announcements.announceDue(after, policy.deadlines().acceptWithin());
		}
		if (after.status() == CaseStatus.SCHEDULED && !after.offer().dueAt().equals(before.offer().dueAt())) {
			return offerWhenDue(after, policy);
		}
		return after;
	}

	private OutreachCase offerWhenDue(OutreachCase outreachCase, OutreachPolicy policy) {
		if (!outreachCase.offer().dueAt().isAfter(this.clock.instant())) {
			return this.announcements.announceDue(outreachCase, policy.deadlines().acceptWithin());
		}
		this.timers.schedule(TimerKind.OFFER_DUE, outreachCase.id(), outreachCase.offer().dueAt());
		return outreachCase;
	}

	private void scheduleWindow(OutreachCase outreachCase, OutreachPolicy policy) {
		Instant atRisk = outreachCase.windowEndsAt().minus(policy.deadlines().escalationLeadTime());
		if (!policy.deadlines().escalationLeadTime().isZero() && atRisk.isAfter(outreachCase.offer().dueAt())) {
			this.timers.schedule(TimerKind.WINDOW_AT_RISK, outreachCase.id(), atRisk);
		}
		this.timers.schedule(TimerKind.WINDOW_MISSED, outreachCase.id(), outreachCase.windowEndsAt());
	}

}
