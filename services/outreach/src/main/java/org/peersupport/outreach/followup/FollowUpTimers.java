package org.peersupport.outreach.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.EscalationReasons;
import org.peersupport.contracts.events.FollowUpDue;
import org.peersupport.messaging.outbox.Outbox;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.outreachcase.CaseEscalation;
import org.peersupport.outreach.outreachcase.CaseExpiryTimer;
import org.peersupport.outreach.outreachcase.OutreachCase;
import org.peersupport.outreach.outreachcase.OutreachCaseRepository;
import org.peersupport.outreach.policy.OutreachPolicies;
import org.peersupport.persistence.timer.DurableTimers;
import org.peersupport.persistence.timer.Next;
import org.peersupport.persistence.timer.TimerHandler;
import org.peersupport.persistence.timer.TimerTask;

import org.springframework.stereotype.Component;

/**
 * What follow-up timers do. Both lock the case first, like the case timers, so an opt-out
 * or a check-in committed meanwhile is seen.
 */
final class FollowUpTimers {

	private FollowUpTimers() {
	}

	/**
	 * A follow-up with its case locked, read again after taking the lock so that a
	 * check-in or an opt-out committed meanwhile is seen.
	 */
	private record Locked(Optional<OutreachCase> outreachCase, FollowUp followUp) {

		static Optional<Locked> of(String followUpId, FollowUpRepository followUps, OutreachCaseRepository cases) {
			return followUps.findById(UUID.fromString(followUpId)).map((found) -> {
				Optional<OutreachCase> outreachCase = cases.findByIdForUpdate(found.caseId());
				return new Locked(outreachCase, followUps.findById(found.id()).orElseThrow());
			});
		}

	}

	/** Announces a due follow-up to matching and starts its deadline. */
	@Component
	static class Due extends TimerHandler {

		static final TimerTask TASK = new TimerTask("outreach-follow-up-due");

		private final OutreachCaseRepository cases;

		private final FollowUpRepository followUps;

		private final Clinicians clinicians;

		private final DurableTimers timers;

		private final Outbox outbox;

		private final Clock clock;

		Due(OutreachCaseRepository cases, FollowUpRepository followUps, Clinicians clinicians, DurableTimers timers,
				Outbox outbox, Clock clock) {
			super(TASK);
			this.cases = cases;
			this.followUps = followUps;
			this.clinicians = clinicians;
			this.timers = timers;
			this.outbox = outbox;
			this.clock = clock;
		}

		@Override
		public Next fire(String followUpId, Instant scheduledFor) {
			Optional<Locked> locked = Locked.of(followUpId, this.followUps, this.cases);
			if (locked.isEmpty() || locked.get().followUp().status() != FollowUpStatus.SCHEDULED) {
				return Next.done();
			}
			FollowUp followUp = locked.get().followUp();
			Optional<OutreachCase> outreachCase = locked.get().outreachCase();
			Instant now = this.clock.instant();
			if (outreachCase.isEmpty() || !outreachCase.get().isOpen()
					|| this.clinicians.preferences(followUp.staffId()).optedOut()
							&& outreachCase.get().stopsForOptOut()) {
				this.followUps.update(followUp.withStatus(FollowUpStatus.CANCELLED, now));
				return Next.done();
			}
			this.followUps.update(followUp.withStatus(FollowUpStatus.DUE, now));
			this.outbox.publish(Events.FOLLOW_UP_DUE, followUp.staffId(), followUp.caseId().toString(),
					new FollowUpDue(followUp.id().toString(), followUp.caseId().toString(), followUp.staffId(),
							followUp.trigger(), outreachCase.get().facility(), followUp.dueAt(), followUp.respondBy(),
							outreachCase.get().source()));
			this.timers.schedule(Missed.TASK, followUpId, followUp.respondBy());
			return Next.done();
		}

	}

	/**
	 * Nobody checked in by the deadline: escalate, and let the case expire after the
	 * grace period if nothing else is pending.
	 */
	@Component
	static class Missed extends TimerHandler {

		static final TimerTask TASK = new TimerTask("outreach-follow-up-missed");

		private final OutreachCaseRepository cases;

		private final FollowUpRepository followUps;

		private final CaseEscalation escalation;

		private final OutreachPolicies policies;

		private final CaseExpiryTimer expiry;

		private final Clock clock;

		Missed(OutreachCaseRepository cases, FollowUpRepository followUps, CaseEscalation escalation,
				OutreachPolicies policies, CaseExpiryTimer expiry, Clock clock) {
			super(TASK);
			this.cases = cases;
			this.followUps = followUps;
			this.escalation = escalation;
			this.policies = policies;
			this.expiry = expiry;
			this.clock = clock;
		}

		@Override
		public Next fire(String followUpId, Instant scheduledFor) {
			Optional<Locked> locked = Locked.of(followUpId, this.followUps, this.cases);
			if (locked.isEmpty() || locked.get().followUp().status() != FollowUpStatus.DUE
					|| locked.get().outreachCase().filter(OutreachCase::isOpen).isEmpty()) {
				return Next.done();
			}
			FollowUp followUp = locked.get().followUp();
			Optional<OutreachCase> outreachCase = locked.get().outreachCase();
			Instant now = this.clock.instant();
			this.followUps.update(followUp.withStatus(FollowUpStatus.MISSED, now));
			OutreachCase escalated = this.escalation.escalate(outreachCase.get(), EscalationReasons.FOLLOW_UP_MISSED,
					false);
			this.expiry.expireAt(escalated.id(),
					now.plus(this.policies.forFacility(escalated.facility()).deadlines().expiryGrace()));
			return Next.done();
		}

	}

}
