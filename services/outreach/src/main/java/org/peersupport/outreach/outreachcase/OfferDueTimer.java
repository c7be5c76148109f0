package org.peersupport.outreach.outreachcase;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.events.CloseReason;
import org.peersupport.outreach.clinician.ClinicianContext;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.policy.OutreachPolicies;
import org.peersupport.outreach.policy.OutreachPolicy;
import org.peersupport.outreach.timing.ContactHours;
import org.peersupport.persistence.timer.Next;
import org.peersupport.persistence.timer.TimerHandler;
import org.peersupport.persistence.timer.TimerTask;

import org.springframework.stereotype.Component;

/**
 * The case is due: send it to matching ({@code outreach.due.v1}), unless contact is not
 * allowed yet (the timer moves to the first allowed time) or any more (the case closes).
 * Like every case timer it locks the case first, so an opt-out or an acceptance committed
 * meanwhile wins or waits, and it checks that it still applies, which makes a timer that
 * fires twice harmless.
 */
@Component
class OfferDueTimer extends TimerHandler {

	static final TimerTask TASK = new TimerTask("outreach-offer-due");

	private static final Logger log = LoggerFactory.getLogger(OfferDueTimer.class);

	private final OutreachCaseRepository cases;

	private final OutreachPolicies policies;

	private final Clinicians clinicians;

	private final CaseAnnouncements announcements;

	private final CaseClosing closing;

	private final Clock clock;

	OfferDueTimer(OutreachCaseRepository cases, OutreachPolicies policies, Clinicians clinicians,
			CaseAnnouncements announcements, CaseClosing closing, Clock clock) {
		super(TASK);
		this.cases = cases;
		this.policies = policies;
		this.clinicians = clinicians;
		this.announcements = announcements;
		this.closing = closing;
		this.clock = clock;
	}

	@Override
	public Next fire(String caseId, Instant scheduledFor) {
		Optional<OutreachCase> found = this.cases.findByIdForUpdate(UUID.fromString(caseId))
			.filter((c) -> c.status() == CaseStatus.SCHEDULED && c.offer().announcedAt() == null);
		if (found.isEmpty()) {
			return Next.done();
		}
		OutreachCase outreachCase = found.get();
		ClinicianContext clinician = this.clinicians.context(outreachCase.staffId());
		if (clinician.optedOut() && outreachCase.stopsForOptOut()) {
			this.closing.close(outreachCase, CloseReason.OPTED_OUT);
			return Next.done();
		}
		OutreachPolicy policy = this.policies.forFacility(outreachCase.facility());
		Instant now = this.clock.instant();
		// A shift or preference recorded since the case was planned may defer it.
		boolean urgent = outreachCase.reported().isUrgent(policy);
		Instant allowed = urgent ? now : ContactHours.earliest(now,
				outreachCase.windowEndsAt().minus(policy.deadlines().acceptWithin()), policy, clinician);
		if (allowed.isAfter(now)) {
			this.cases.update(outreachCase.deferredTo(allowed, now));
			log.info("Outreach case {} deferred to {}", caseId, allowed);
			return Next.againAt(allowed);
		}
		this.announcements.announceDue(outreachCase, policy.deadlines().acceptWithin());
		return Next.done();
	}

}
