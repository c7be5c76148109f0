package org.peersupport.outreach.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.peersupport.contracts.events.FollowUpTrigger;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.outreachcase.CaseFollowUps;
import org.peersupport.outreach.outreachcase.OutreachCase;
import org.peersupport.outreach.policy.OutreachPolicy;
import org.peersupport.outreach.timing.ContactHours;
import org.peersupport.persistence.timer.DurableTimers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Plans follow-ups of a case and answers questions about them. */
@Service
class FollowUps implements CaseFollowUps {

	private final FollowUpRepository followUps;

	private final Clinicians clinicians;

	private final DurableTimers timers;

	private final Clock clock;

	FollowUps(FollowUpRepository followUps, Clinicians clinicians, DurableTimers timers, Clock clock) {
		this.followUps = followUps;
		this.clinicians = clinicians;
		this.timers = timers;
		this.clock = clock;
	}

	/**
	 * Plans a follow-up at the first allowed contact time after {@code from} (but not
	 * after {@code latest}), with a timer in this transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public FollowUp plan(OutreachCase outreachCase, FollowUpTrigger trigger, String sourceId, Instant from,
			Instant latest, OutreachPolicy policy) {
		Instant now = this.clock.instant();
		Instant earliest = from.isBefore(now) ? now : from;
		Instant due = ContactHours.earliest(earliest, latest.isBefore(earliest) ? earliest : latest, policy,
				this.clinicians.context(outreachCase.staffId()));
		Instant respondBy = due.plus(policy.followUps().respondWithin());
		FollowUp followUp = this.followUps.save(new FollowUp(UUID.randomUUID(), outreachCase.id(),
				outreachCase.staffId(), trigger, sourceId, due, respondBy, FollowUpStatus.SCHEDULED, now, now));
		this.timers.schedule(FollowUpTimers.Due.TASK, followUp.id().toString(), due);
		return followUp;
	}

	/**
	 * Plans a follow-up at a fixed offset after a contact, whatever it takes to allow it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public FollowUp planAfter(OutreachCase outreachCase, FollowUpTrigger trigger, Instant from, OutreachPolicy policy) {
		return plan(outreachCase, trigger, null, from, from.plus(policy.followUps().respondWithin()), policy);
	}

	public boolean exists(UUID caseId, FollowUpTrigger trigger, String sourceId) {
		return this.followUps.existsByCaseIdAndTriggerAndSourceId(caseId, trigger, sourceId);
	}

	@Override
	public boolean hasPending(UUID caseId) {
		return this.followUps.findByCaseIdOrderByDueAt(caseId).stream().anyMatch(FollowUp::isPending);
	}

	@Override
	public boolean hasMissed(UUID caseId) {
		return this.followUps.findByCaseIdOrderByDueAt(caseId)
			.stream()
			.anyMatch((f) -> f.status() == FollowUpStatus.MISSED);
	}

	/**
	 * Cancels a closing case's pending follow-ups, and the waiting timers of all its
	 * follow-ups (an answered one may still have its deadline timer).
	 */
	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void cancelPending(UUID caseId) {
		Instant now = this.clock.instant();
		for (FollowUp followUp : this.followUps.findByCaseIdOrderByDueAt(caseId)) {
			if (followUp.isPending()) {
				this.followUps.update(followUp.withStatus(FollowUpStatus.CANCELLED, now));
			}
			this.timers.cancel(FollowUpTimers.Due.TASK, followUp.id().toString());
			this.timers.cancel(FollowUpTimers.Missed.TASK, followUp.id().toString());
		}
	}

	/**
	 * Marks a follow-up answered.
	 * @return whether it was pending
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean answered(UUID caseId, String followUpId) {
		Instant now = this.clock.instant();
		return this.followUps.findById(UUID.fromString(followUpId))
			.filter((f) -> f.caseId().equals(caseId))
			.filter((f) -> f.isPending() || f.status() == FollowUpStatus.MISSED)
			.map((f) -> this.followUps.update(f.withStatus(FollowUpStatus.DONE, now)))
			.isPresent();
	}

}
