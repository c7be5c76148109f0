package org.peersupport.outreach.outreachcase;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.events.CloseReason;
import org.peersupport.outreach.escalation.Escalations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a case: no more offers, follow-ups or escalations for it, and
 * {@code outreach.closed.v1} with the reason, all in one transaction.
 */
@Service
public class CaseClosing {

	private static final Logger log = LoggerFactory.getLogger(CaseClosing.class);

	private final OutreachCaseRepository cases;

	private final Escalations escalations;

	private final CaseFollowUps followUps;

	private final CaseScheduling scheduling;

	private final CaseAnnouncements announcements;

	private final Clock clock;

	CaseClosing(OutreachCaseRepository cases, Escalations escalations, CaseFollowUps followUps,
			CaseScheduling scheduling, CaseAnnouncements announcements, Clock clock) {
		this.cases = cases;
		this.escalations = escalations;
		this.followUps = followUps;
		this.scheduling = scheduling;
		this.announcements = announcements;
		this.clock = clock;
	}

	/** Closes a case the caller has locked. */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutreachCase close(OutreachCase outreachCase, CloseReason reason) {
		OutreachCase closed = this.cases.update(outreachCase.closed(reason, this.clock.instant()));
		this.escalations.resolveAll(closed.id());
		this.followUps.cancelPending(closed.id());
		this.scheduling.cancelTimers(closed.id());
		this.announcements.announceClosed(closed);
		log.info("Closed outreach case {}: {}", closed.id(), reason);
		return closed;
	}

	/** Closes the case as completed when no follow-up is left. */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutreachCase completeIfNothingPending(OutreachCase outreachCase) {
		return hasPendingFollowUps(outreachCase) ? outreachCase : close(outreachCase, CloseReason.COMPLETED);
	}

	public boolean hasPendingFollowUps(OutreachCase outreachCase) {
		return this.followUps.hasPending(outreachCase.id());
	}

	boolean onlyMissedFollowUpsLeft(OutreachCase outreachCase) {
		return this.followUps.hasMissed(outreachCase.id());
	}

}
