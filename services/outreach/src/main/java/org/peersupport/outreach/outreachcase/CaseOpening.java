package org.peersupport.outreach.outreachcase;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.EscalationReasons;
import org.peersupport.contracts.events.InvolvedClinician;
import org.peersupport.outreach.clinician.ClinicianContext;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.policy.OutreachPolicies;
import org.peersupport.outreach.policy.OutreachPolicy;
import org.peersupport.outreach.timing.CaseFacts;
import org.peersupport.outreach.timing.OfferPlan;
import org.peersupport.outreach.timing.OfferTiming;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens one case per involved clinician, or adds the event to the clinician's open case
 * (coalescing: the case may become due sooner, never later). When the case is due depends
 * on the facility's policy; clinicians who opted out or are outside the program's scope
 * get a case that is closed at once, so they are counted but never contacted.
 */
@Service
public class CaseOpening {

	private static final Logger log = LoggerFactory.getLogger(CaseOpening.class);

	private final OutreachCaseRepository cases;

	private final CaseEventRepository caseEvents;

	private final OutreachPolicies policies;

	private final Clinicians clinicians;

	private final CaseScheduling scheduling;

	private final CaseAnnouncements announcements;

	private final CaseEscalation escalation;

	private final TeamDebriefProposals teamDebriefs;

	private final Clock clock;

	CaseOpening(OutreachCaseRepository cases, CaseEventRepository caseEvents, OutreachPolicies policies,
			Clinicians clinicians, CaseScheduling scheduling, CaseAnnouncements announcements,
			CaseEscalation escalation, TeamDebriefProposals teamDebriefs, Clock clock) {
		this.cases = cases;
		this.caseEvents = caseEvents;
		this.policies = policies;
		this.clinicians = clinicians;
		this.scheduling = scheduling;
		this.announcements = announcements;
		this.escalation = escalation;
		this.teamDebriefs = teamDebriefs;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onReported(AdverseEventReported event) {
		OutreachPolicy policy = this.policies.forFacility(event.facility());
		List<OutreachCase> touched = new ArrayList<>();
		// In staff id order, so two events with the same people lock them in the same
		// order.
		List<InvolvedClinician> involved = event.involved()
			.stream()
			.sorted(java.util.Comparator.comparing(InvolvedClinician::staffId))
			.toList();
		for (InvolvedClinician clinician : involved) {
			touched.add(openOrCoalesce(event, clinician, policy));
		}
		this.teamDebriefs.consider(event, policy, touched);
	}

	private OutreachCase openOrCoalesce(AdverseEventReported event, InvolvedClinician clinician,
			OutreachPolicy policy) {
		CaseFacts facts = CaseFacts.of(event);
		CaseEntry entry = new CaseEntry(CaseSource.INCIDENT, clinician.staffId(), OutreachCase.Reported.of(event),
				(context) -> OfferTiming.plan(policy, facts, context), true);
		return enter(entry, policy, (outreachCase, now) -> addEvent(outreachCase, event, clinician, now))
			.outreachCase();
	}

	/**
	 * Opens a case for the entry, or adds it to the clinician's open case (which may
	 * become due sooner, never later). A new case for someone who opted out or is outside
	 * the scope is closed at once, unless the entry is their own request.
	 * @param recordOrigin records what the entry brought to the case (an event), in the
	 * same transaction, before the case is scheduled
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public CaseEntry.Entered enter(CaseEntry entry, OutreachPolicy policy,
			BiConsumer<OutreachCase, Instant> recordOrigin) {
		Instant now = this.clock.instant();
		this.clinicians.lock(entry.staffId());
		ClinicianContext context = this.clinicians.context(entry.staffId());
		Optional<OutreachCase> open = this.cases.findOpenCaseForUpdate(entry.staffId());
		OutreachCase outreachCase;
		if (open.isEmpty()) {
			CloseReason notContacted = !entry.contactedOnlyIfWilling() ? null : context.optedOut()
					? CloseReason.OPTED_OUT : !policy.inScope(context.role()) ? CloseReason.OUT_OF_SCOPE : null;
			if (notContacted != null) {
				outreachCase = this.cases.save(OutreachCase.closedAtOnce(entry.source(), entry.staffId(),
						entry.reported(), notContacted, now));
				recordOrigin.accept(outreachCase, now);
				this.announcements.announceClosed(outreachCase);
				log.info("Recorded a {} case for a clinician who is not contacted ({})", entry.source(), notContacted);
				return new CaseEntry.Entered(outreachCase, false);
			}
			OfferPlan plan = entry.plan().apply(context);
			outreachCase = this.cases
				.save(OutreachCase.open(entry.source(), entry.staffId(), entry.reported(), plan, now));
			recordOrigin.accept(outreachCase, now);
			log.info("Opened {} outreach case {}, due {}", entry.source(), outreachCase.id(), plan.dueAt());
			return new CaseEntry.Entered(this.scheduling.scheduleNew(outreachCase, policy), false);
		}
		OutreachCase existing = open.get();
		OutreachCase coalesced = existing.withEvent(entry.reported(), entry.plan().apply(context), now);
		boolean alreadyWithMatching = existing.status() == CaseStatus.NEEDS_ATTENTION
				|| (existing.status() == CaseStatus.SCHEDULED && existing.offer().announcedAt() != null);
		outreachCase = this.cases.update(alreadyWithMatching ? coalesced.rescheduled(now) : coalesced);
		recordOrigin.accept(outreachCase, now);
		log.info("Added a {} entry to open outreach case {}", entry.source(), outreachCase.id());
		return new CaseEntry.Entered(
				this.scheduling.rescheduleCoalesced(existing, outreachCase, alreadyWithMatching, policy), true);
	}

	private void addEvent(OutreachCase outreachCase, AdverseEventReported event, InvolvedClinician clinician,
			Instant now) {
		if (!this.caseEvents.existsByCaseIdAndEventId(outreachCase.id(), event.eventId())) {
			this.caseEvents.save(new CaseEvent(UUID.randomUUID(), outreachCase.id(), event.eventId(), clinician.role(),
					String.join(",", others(event, clinician)), now));
		}
	}

	private static List<String> others(AdverseEventReported event, InvolvedClinician clinician) {
		return event.involved()
			.stream()
			.map(InvolvedClinician::staffId)
			.filter((staffId) -> !staffId.equals(clinician.staffId()))
			.toList();
	}

}
