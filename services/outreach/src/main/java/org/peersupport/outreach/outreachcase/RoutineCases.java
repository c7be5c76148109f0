package org.peersupport.outreach.outreachcase;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.HarmLevel;
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
 * Opens a routine check-in that no incident started (a campaign's), under the same rules
 * as every case: one open case per clinician (a clinician with an open case keeps it, and
 * the check-in joins it), opted-out and out-of-scope clinicians counted in a case closed
 * at once, and the offer planned by the facility's contact hours.
 */
@Service
public class RoutineCases {

	private static final Logger log = LoggerFactory.getLogger(RoutineCases.class);

	private final OutreachCaseRepository cases;

	private final OutreachPolicies policies;

	private final Clinicians clinicians;

	private final CaseScheduling scheduling;

	private final CaseAnnouncements announcements;

	private final Clock clock;

	RoutineCases(OutreachCaseRepository cases, OutreachPolicies policies, Clinicians clinicians,
			CaseScheduling scheduling, CaseAnnouncements announcements, Clock clock) {
		this.cases = cases;
		this.policies = policies;
		this.clinicians = clinicians;
		this.scheduling = scheduling;
		this.announcements = announcements;
		this.clock = clock;
	}

	/** What opening a routine check-in came to. */
	public enum Outcome {

		/** A new case, of the given source. */
		OPENED,
		/** The clinician's open case (of whatever source) stands for it. */
		JOINED,
		/** Counted in a case closed at once: the clinician opted out. */
		OPTED_OUT,
		/** Counted in a case closed at once: outside the program's scope. */
		OUT_OF_SCOPE

	}

	/**
	 * @param outcome what happened
	 * @param caseId the case opened, joined or recorded closed
	 */
	public record Opening(Outcome outcome, UUID caseId) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Opening open(String staffId, CaseSource source, String facility) {
		Instant now = this.clock.instant();
		OutreachPolicy policy = this.policies.forFacility(facility);
		this.clinicians.lock(staffId);
		ClinicianContext context = this.clinicians.context(staffId);
		Optional<OutreachCase> open = this.cases.findOpenCaseForUpdate(staffId);
		if (open.isPresent()) {
			return new Opening(Outcome.JOINED, open.get().id());
		}
		OutreachCase.Reported routine = new OutreachCase.Reported(HarmLevel.NO_HARM, null, false, facility, null, now);
		CloseReason notContacted = context.optedOut() ? CloseReason.OPTED_OUT
				: !policy.inScope(context.role()) ? CloseReason.OUT_OF_SCOPE : null;
		if (notContacted != null) {
			OutreachCase closed = this.cases
				.save(OutreachCase.closedAtOnce(source, staffId, routine, notContacted, now));
			this.announcements.announceClosed(closed);
			return new Opening((notContacted == CloseReason.OPTED_OUT) ? Outcome.OPTED_OUT : Outcome.OUT_OF_SCOPE,
					closed.id());
		}
		OfferPlan plan = OfferTiming.plan(policy, CaseFacts.routine(now), context);
		OutreachCase opened = this.cases.save(OutreachCase.open(source, staffId, routine, plan, now));
		log.info("Opened routine {} case {}, due {}", source, opened.id(), plan.dueAt());
		this.scheduling.scheduleNew(opened, policy);
		return new Opening(Outcome.OPENED, opened.id());
	}

}
