package org.peersupport.outreach.outreachcase;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.EscalationReasons;
import org.peersupport.outreach.clinician.ClinicianContext;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.policy.OutreachPolicies;
import org.peersupport.outreach.policy.OutreachPolicy;
import org.peersupport.outreach.timer.OutreachTimers;
import org.peersupport.outreach.timer.TimerHandler;
import org.peersupport.outreach.timer.TimerKind;
import org.peersupport.outreach.timing.ContactHours;

import org.springframework.stereotype.Component;

/**
 * What a case's timers do when they fire. Each locks the case first (so an opt-out or an
 * acceptance committed meanwhile wins or waits) and checks that it still applies, which
 * makes a timer that fires twice harmless.
 */
final class CaseTimers {

	private static final Logger log = LoggerFactory.getLogger(CaseTimers.class);

	private CaseTimers() {
	}

	/** Sends the case to matching, unless contact is not allowed yet or any more. */
	@Component
	static class OfferDue implements TimerHandler {

		private final OutreachCaseRepository cases;

		private final OutreachPolicies policies;

		private final Clinicians clinicians;

		private final CaseAnnouncements announcements;

		private final CaseClosing closing;

		private final OutreachTimers timers;

		private final Clock clock;

		OfferDue(OutreachCaseRepository cases, OutreachPolicies policies, Clinicians clinicians,
				CaseAnnouncements announcements, CaseClosing closing, OutreachTimers timers, Clock clock) {
			this.cases = cases;
			this.policies = policies;
			this.clinicians = clinicians;
			this.announcements = announcements;
			this.closing = closing;
			this.timers = timers;
			this.clock = clock;
		}

		@Override
		public TimerKind kind() {
			return TimerKind.OFFER_DUE;
		}

		@Override
		public void fire(String caseId, Instant scheduledFor) {
			Optional<OutreachCase> found = this.cases.findByIdForUpdate(UUID.fromString(caseId))
				.filter((c) -> c.status() == CaseStatus.SCHEDULED && c.offer().announcedAt() == null);
			if (found.isEmpty()) {
				return;
			}
			OutreachCase outreachCase = found.get();
			ClinicianContext clinician = this.clinicians.context(outreachCase.staffId());
			if (clinician.optedOut()) {
				this.closing.close(outreachCase, CloseReason.OPTED_OUT);
				return;
			}
			OutreachPolicy policy = this.policies.forFacility(outreachCase.facility());
			Instant now = this.clock.instant();
			// A shift or preference recorded since the case was planned may defer it.
			boolean urgent = outreachCase.reported().isUrgent(policy);
			Instant allowed = urgent ? now : ContactHours.earliest(now,
					outreachCase.windowEndsAt().minus(policy.deadlines().acceptWithin()), policy, clinician);
			if (allowed.isAfter(now)) {
				this.cases.update(outreachCase.deferredTo(allowed, now));
				this.timers.schedule(TimerKind.OFFER_DUE, outreachCase.id(), allowed);
				log.info("Outreach case {} deferred to {}", caseId, allowed);
				return;
			}
			this.announcements.announceDue(outreachCase, policy.deadlines().acceptWithin());
		}

	}

	/**
	 * A timer about one case: lock it, check that the timer still applies, act.
	 */
	abstract static class LockedCaseTimer implements TimerHandler {

		private final OutreachCaseRepository cases;

		LockedCaseTimer(OutreachCaseRepository cases) {
			this.cases = cases;
		}

		@Override
		public void fire(String caseId, Instant scheduledFor) {
			this.cases.findByIdForUpdate(UUID.fromString(caseId))
				.filter((c) -> applies(c, scheduledFor))
				.ifPresent(this::act);
		}

		abstract boolean applies(OutreachCase outreachCase, Instant scheduledFor);

		abstract void act(OutreachCase outreachCase);

	}

	/** Warns the administrator while there is still time. */
	@Component
	static class WindowAtRisk extends LockedCaseTimer {

		private final CaseEscalation escalations;

		WindowAtRisk(OutreachCaseRepository cases, CaseEscalation escalations) {
			super(cases);
			this.escalations = escalations;
		}

		@Override
		public TimerKind kind() {
			return TimerKind.WINDOW_AT_RISK;
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

	/**
	 * The window ended with nobody accepted: escalate, and let the case expire after the
	 * grace period if still nobody is reached.
	 */
	@Component
	static class WindowMissed extends LockedCaseTimer {

		private final CaseEscalation escalations;

		private final OutreachPolicies policies;

		private final OutreachTimers timers;

		WindowMissed(OutreachCaseRepository cases, CaseEscalation escalations, OutreachPolicies policies,
				OutreachTimers timers) {
			super(cases);
			this.escalations = escalations;
			this.policies = policies;
			this.timers = timers;
		}

		@Override
		public TimerKind kind() {
			return TimerKind.WINDOW_MISSED;
		}

		@Override
		boolean applies(OutreachCase outreachCase, Instant scheduledFor) {
			return outreachCase.awaitsAcceptance()
					&& !this.escalations.isOpen(outreachCase.id(), EscalationReasons.WINDOW_MISSED);
		}

		@Override
		void act(OutreachCase outreachCase) {
			this.escalations.escalate(outreachCase, EscalationReasons.WINDOW_MISSED, false);
			this.timers.schedule(TimerKind.CASE_EXPIRY, outreachCase.id(), outreachCase.windowEndsAt()
				.plus(this.policies.forFacility(outreachCase.facility()).deadlines().expiryGrace()));
		}

	}

	/** Closes a case nobody could be found for, after the grace period. */
	@Component
	static class CaseExpiry extends LockedCaseTimer {

		private final CaseClosing closing;

		CaseExpiry(OutreachCaseRepository cases, CaseClosing closing) {
			super(cases);
			this.closing = closing;
		}

		@Override
		public TimerKind kind() {
			return TimerKind.CASE_EXPIRY;
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

}
