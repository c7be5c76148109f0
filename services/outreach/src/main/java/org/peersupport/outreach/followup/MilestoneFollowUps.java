package org.peersupport.outreach.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.FollowUpTrigger;
import org.peersupport.contracts.events.IncidentMilestone;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.outreachcase.OutreachCase;
import org.peersupport.outreach.outreachcase.OutreachCaseRepository;
import org.peersupport.outreach.policy.OutreachPolicies;
import org.peersupport.outreach.policy.OutreachPolicy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A root cause analysis, a peer review, a disclosure meeting or a claim reopens the
 * wound: everyone involved in the incident gets a follow-up shortly before it (at once if
 * it is already close or past). Opted-out and out-of-scope clinicians get none.
 */
@Service
public class MilestoneFollowUps {

	private static final Logger log = LoggerFactory.getLogger(MilestoneFollowUps.class);

	private final OutreachCaseRepository cases;

	private final FollowUps followUps;

	private final Clinicians clinicians;

	private final OutreachPolicies policies;

	private final Clock clock;

	MilestoneFollowUps(OutreachCaseRepository cases, FollowUps followUps, Clinicians clinicians,
			OutreachPolicies policies, Clock clock) {
		this.cases = cases;
		this.followUps = followUps;
		this.clinicians = clinicians;
		this.policies = policies;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onMilestone(IncidentMilestone milestone) {
		FollowUpTrigger trigger = FollowUpTrigger.valueOf(milestone.kind().name());
		Map<String, OutreachCase> byClinician = new LinkedHashMap<>();
		for (OutreachCase withEvent : this.cases.findByEventId(milestone.eventId())) {
			byClinician.putIfAbsent(withEvent.staffId(), withEvent);
		}
		if (byClinician.isEmpty()) {
			log.warn("Milestone {} for event {} that has no outreach cases", milestone.milestoneId(),
					milestone.eventId());
		}
		for (OutreachCase withEvent : byClinician.values()) {
			target(withEvent).ifPresent((outreachCase) -> plan(outreachCase, trigger, milestone));
		}
	}

	/**
	 * The clinician's open case if there is one, else the case that holds the event,
	 * reopened: a follow-up needs a case. Never for those who must not be contacted.
	 */
	private Optional<OutreachCase> target(OutreachCase withEvent) {
		CloseReason closeReason = withEvent.lifetime().closeReason();
		if (closeReason == CloseReason.OUT_OF_SCOPE || closeReason == CloseReason.OPTED_OUT
				|| this.clinicians.preferences(withEvent.staffId()).optedOut()) {
			return Optional.empty();
		}
		Optional<OutreachCase> open = this.cases.findOpenCaseForUpdate(withEvent.staffId());
		if (open.isPresent()) {
			return open;
		}
		OutreachCase locked = this.cases.findByIdForUpdate(withEvent.id()).orElseThrow();
		return Optional.of(this.cases.update(locked.reopened(this.clock.instant())));
	}

	private void plan(OutreachCase outreachCase, FollowUpTrigger trigger, IncidentMilestone milestone) {
		if (this.followUps.exists(outreachCase.id(), trigger, milestone.milestoneId())) {
			return;
		}
		OutreachPolicy policy = this.policies.forFacility(outreachCase.facility());
		Instant before = milestone.scheduledFor().minus(policy.followUps().milestoneLeadTime());
		this.followUps.plan(outreachCase, trigger, milestone.milestoneId(), before, milestone.scheduledFor(), policy);
	}

}
