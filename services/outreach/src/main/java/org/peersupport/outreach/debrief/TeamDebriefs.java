package org.peersupport.outreach.debrief;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.contracts.events.DebriefFacilitatorsMatched;
import org.peersupport.contracts.events.DebriefInvitee;
import org.peersupport.contracts.events.EscalationReasons;
import org.peersupport.contracts.events.TeamDebriefRecorded;
import org.peersupport.contracts.events.TeamDebriefScheduled;
import org.peersupport.messaging.outbox.Outbox;
import org.peersupport.outreach.clinician.ClinicianPreferences;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.escalation.Escalations;
import org.peersupport.outreach.outreachcase.CaseEscalation;
import org.peersupport.outreach.outreachcase.OutreachCase;
import org.peersupport.outreach.outreachcase.OutreachCaseQueries;
import org.peersupport.outreach.outreachcase.TeamDebriefProposals;
import org.peersupport.outreach.policy.OutreachPolicy;
import org.peersupport.persistence.timer.DurableTimers;
import org.peersupport.web.ConflictException;
import org.peersupport.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team debrief from proposal to outcome. Outreach proposes it when an event involves
 * the policy's team threshold or is of a category the policy names; the administrator
 * schedules it; matching chooses the facilitators and invites the team; a facilitator
 * records held or not, a head count and need codes. Every change is announced through the
 * outbox in the same transaction.
 */
@Service
public class TeamDebriefs implements TeamDebriefProposals {

	/** Reasons that scheduling answers: the debrief is no longer waiting for anyone. */
	private static final List<String> ANSWERED_BY_SCHEDULING = List.of(EscalationReasons.TEAM_DEBRIEF_PROPOSED,
			EscalationReasons.TEAM_DEBRIEF_UNSCHEDULED, EscalationReasons.TEAM_DEBRIEF_UNSTAFFED);

	private static final int LIST_LIMIT = 200;

	private static final Logger log = LoggerFactory.getLogger(TeamDebriefs.class);

	private final TeamDebriefRepository debriefs;

	private final OutreachCaseQueries cases;

	private final CaseEscalation escalation;

	private final Escalations escalations;

	private final Clinicians clinicians;

	private final DurableTimers timers;

	private final Outbox outbox;

	private final Clock clock;

	TeamDebriefs(TeamDebriefRepository debriefs, OutreachCaseQueries cases, CaseEscalation escalation,
			Escalations escalations, Clinicians clinicians, DurableTimers timers, Outbox outbox, Clock clock) {
		this.debriefs = debriefs;
		this.cases = cases;
		this.escalation = escalation;
		this.escalations = escalations;
		this.clinicians = clinicians;
		this.timers = timers;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Proposes a debrief once per event, on the first open case (so it shows on the
	 * worklist), and sets the reminder for when it is still unscheduled after the
	 * policy's lead time. Each person's own check-in is offered as usual, beside it.
	 */
	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void consider(AdverseEventReported event, OutreachPolicy policy, List<OutreachCase> touched) {
		if (touched.isEmpty() || !policy.proposesTeamDebrief(event.involved().size(), event.category())) {
			return;
		}
		OutreachCase target = touched.stream().filter(OutreachCase::isOpen).findFirst().orElse(touched.get(0));
		Instant now = this.clock.instant();
		UUID debriefId = UUID.randomUUID();
		long proposed = this.debriefs.proposeOnce(event.eventId(), debriefId, target.id(), event.facility(),
				event.involved().size(), now);
		if (proposed == 1) {
			this.escalation.flag(target.id(), EscalationReasons.TEAM_DEBRIEF_PROPOSED);
			this.timers.schedule(DebriefUnscheduledTimer.TASK, debriefId.toString(),
					now.plus(policy.teamDebrief().leadTime()));
			log.info("Proposed team debrief {} for event {} ({} involved)", debriefId, event.eventId(),
					event.involved().size());
		}
	}

	/**
	 * Schedules a proposed debrief (or one nobody could facilitate, again) and asks
	 * matching for its facilitators. Everyone involved is invited except those who opted
	 * out of outreach.
	 * @param covered whether the administrator covers a debrief's facility
	 */
	@Transactional
	public TeamDebriefView schedule(UUID debriefId, DebriefPlan plan, String administrator, Predicate<String> covered) {
		TeamDebrief debrief = lockCovered(debriefId, covered);
		if (!debrief.status().schedulable()) {
			throw new ConflictException("The team debrief is " + debrief.status() + " and cannot be scheduled again");
		}
		Instant now = this.clock.instant();
		TeamDebrief scheduled = this.debriefs.update(debrief.scheduled(plan, administrator, now));
		this.timers.cancel(DebriefUnscheduledTimer.TASK, debriefId.toString());
		this.escalations.resolve(debrief.caseId(), ANSWERED_BY_SCHEDULING);
		List<String> involved = this.cases.involvedIn(debrief.caseId(), debrief.eventId());
		List<DebriefInvitee> invitees = invitees(involved);
		this.outbox.publish(Events.TEAM_DEBRIEF_SCHEDULED, debriefId.toString(), debriefId.toString(),
				new TeamDebriefScheduled(debriefId.toString(), scheduled.facility(), plan.startsAt(), plan.place(),
						plan.videoLink(), plan.facilitators(), involved, invitees, now, debrief.proposedAt()));
		log.info("Scheduled team debrief {} for {} ({} invited)", debriefId, plan.startsAt(), invitees.size());
		return TeamDebriefView.of(scheduled);
	}

	/**
	 * Records matching's answer. An answer to an older schedule, or a redelivered one,
	 * finds the debrief no longer waiting and changes nothing.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void onFacilitatorsMatched(DebriefFacilitatorsMatched matched) {
		UUID debriefId = UUID.fromString(matched.debriefId());
		this.debriefs.lockByDebriefId(debriefId)
			.filter((debrief) -> debrief.status() == DebriefStatus.SCHEDULED)
			.ifPresent((debrief) -> {
				TeamDebrief staffed = this.debriefs
					.update(debrief.staffedBy(matched.facilitatorIds(), this.clock.instant()));
				if (staffed.status() == DebriefStatus.UNSTAFFED) {
					this.escalation.flag(staffed.caseId(), EscalationReasons.TEAM_DEBRIEF_UNSTAFFED);
				}
			});
	}

	/**
	 * Records the outcome: only a facilitator of the debrief may, once it is staffed.
	 */
	@Transactional
	public TeamDebriefView record(UUID debriefId, DebriefOutcome outcome, String facilitator) {
		TeamDebrief debrief = this.debriefs.lockByDebriefId(debriefId)
			.orElseThrow(() -> new NotFoundException("No team debrief " + debriefId));
		if (facilitator == null || !debrief.facilitatorIds().contains(facilitator)) {
			throw new AccessDeniedException("only the debrief's facilitators record its outcome");
		}
		if (debrief.status() != DebriefStatus.STAFFED) {
			throw new ConflictException("The team debrief's outcome was recorded already");
		}
		Instant now = this.clock.instant();
		TeamDebrief recorded = this.debriefs.update(debrief.recorded(outcome, facilitator, now));
		this.outbox.publish(Events.TEAM_DEBRIEF_RECORDED, debriefId.toString(), debriefId.toString(),
				new TeamDebriefRecorded(debriefId.toString(), recorded.facility(), outcome.held(), outcome.attended(),
						outcome.needs(), now));
		return TeamDebriefView.of(recorded);
	}

	@Transactional(readOnly = true)
	public TeamDebriefView find(UUID debriefId, Predicate<String> covered) {
		return this.debriefs.findByDebriefId(debriefId)
			.filter((debrief) -> covered.test(debrief.facility()))
			.map(TeamDebriefView::of)
			.orElseThrow(() -> new NotFoundException("No team debrief " + debriefId));
	}

	/** The debriefs proposed on a case, oldest first (the console's case page). */
	@Transactional(readOnly = true)
	public List<TeamDebriefView> forCase(UUID caseId, Predicate<String> covered) {
		return this.debriefs.findByCaseIdOrderByProposedAt(caseId)
			.stream()
			.filter((debrief) -> covered.test(debrief.facility()))
			.map(TeamDebriefView::of)
			.toList();
	}

	/** The newest debriefs of the administrator's facilities, or those with a status. */
	@Transactional(readOnly = true)
	public List<TeamDebriefView> list(DebriefStatus status, Predicate<String> covered) {
		List<TeamDebrief> found = (status != null) ? this.debriefs.findByStatusOrderByProposedAt(status)
				: this.debriefs.newest(LIST_LIMIT);
		return found.stream().filter((debrief) -> covered.test(debrief.facility())).map(TeamDebriefView::of).toList();
	}

	/** The debriefs a supporter facilitates, as they may see them. */
	@Transactional(readOnly = true)
	public List<FacilitatedDebrief> facilitatedBy(String staffId) {
		return this.debriefs.facilitatedBy(staffId).stream().map(FacilitatedDebrief::of).toList();
	}

	/** Locks a debrief for an unscheduled-reminder timer; empty when it is gone. */
	Optional<TeamDebrief> lock(UUID debriefId) {
		return this.debriefs.lockByDebriefId(debriefId);
	}

	void remind(TeamDebrief debrief) {
		this.escalation.flag(debrief.caseId(), EscalationReasons.TEAM_DEBRIEF_UNSCHEDULED);
		log.warn("Team debrief {} is still unscheduled", debrief.debriefId());
	}

	private TeamDebrief lockCovered(UUID debriefId, Predicate<String> covered) {
		return this.debriefs.lockByDebriefId(debriefId)
			.filter((debrief) -> covered.test(debrief.facility()))
			.orElseThrow(() -> new NotFoundException("No team debrief " + debriefId));
	}

	/** Everyone involved who has not opted out, with the channel they prefer. */
	private List<DebriefInvitee> invitees(List<String> involved) {
		return involved.stream()
			.map(this.clinicians::preferences)
			.filter((preferences) -> !preferences.optedOut())
			.map(TeamDebriefs::invitee)
			.toList();
	}

	private static DebriefInvitee invitee(ClinicianPreferences preferences) {
		return new DebriefInvitee(preferences.staffId(), preferences.channel().name());
	}

}
