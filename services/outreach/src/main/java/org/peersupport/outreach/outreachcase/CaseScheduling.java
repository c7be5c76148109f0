package org.peersupport.outreach.outreachcase;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.peersupport.outreach.policy.OutreachPolicy;
import org.peersupport.persistence.timer.DurableTimers;
import org.peersupport.persistence.timer.TimerTask;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a case's plan into timers, in the transaction that changed the case: a case due
 * now goes to matching at once, a later one gets an offer-due timer, and every case gets
 * a window-at-risk warning (when there is time for one) and a window-missed check. A case
 * has one timer of each kind: a plan that changes moves it.
 */
@Service
class CaseScheduling {

	/** The timers a case can have; closing it cancels them. */
	private static final List<TimerTask> CASE_TIMERS = List.of(OfferDueTimer.TASK, WindowAtRiskTimer.TASK,
			WindowMissedTimer.TASK, CaseExpiryTimer.TASK);

	private final DurableTimers timers;

	private final CaseAnnouncements announcements;

	private final Clock clock;

	CaseScheduling(DurableTimers timers, CaseAnnouncements announcements, Clock clock) {
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
		this.timers.reschedule(OfferDueTimer.TASK, outreachCase.id().toString(), outreachCase.offer().dueAt());
		return outreachCase;
	}

	private void scheduleWindow(OutreachCase outreachCase, OutreachPolicy policy) {
		Instant atRisk = outreachCase.windowEndsAt().minus(policy.deadlines().escalationLeadTime());
		if (!policy.deadlines().escalationLeadTime().isZero() && atRisk.isAfter(outreachCase.offer().dueAt())) {
			this.timers.reschedule(WindowAtRiskTimer.TASK, outreachCase.id().toString(), atRisk);
		}
		this.timers.reschedule(WindowMissedTimer.TASK, outreachCase.id().toString(), outreachCase.windowEndsAt());
	}

	/**
	 * Cancels a closing case's waiting timers; one firing right now finds the case closed
	 * and does nothing.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void cancelTimers(UUID caseId) {
		CASE_TIMERS.forEach((task) -> this.timers.cancel(task, caseId.toString()));
	}

}
