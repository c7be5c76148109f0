package org.peersupport.outreach.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.events.Actuality;
import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.IncidentMilestone;
import org.peersupport.contracts.events.InvolvedClinician;
import org.peersupport.contracts.events.InvolvementRole;
import org.peersupport.contracts.events.MilestoneKind;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.outreachcase.OutreachCase;
import org.peersupport.outreach.outreachcase.OutreachCaseRepository;
import org.peersupport.persistence.timer.DurableTimers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols the members of the campaigns that events start: a trainee who was the PRIMARY
 * person in a patient death, everyone involved in an incident a claim was filed about. It
 * runs in the transaction of the incoming event, after the incident's own cases were
 * opened, so the event is handled once and the membership commits with it. A member is
 * enrolled once per campaign: the first death is the one that counts.
 */
@Service
public class CampaignTriggers {

	private static final Logger log = LoggerFactory.getLogger(CampaignTriggers.class);

	private final CampaignStore campaigns;

	private final CampaignMembers members;

	private final Clinicians clinicians;

	private final OutreachCaseRepository cases;

	private final DurableTimers timers;

	private final Clock clock;

	CampaignTriggers(CampaignStore campaigns, CampaignMembers members, Clinicians clinicians,
			OutreachCaseRepository cases, DurableTimers timers, Clock clock) {
		this.campaigns = campaigns;
		this.members = members;
		this.clinicians = clinicians;
		this.cases = cases;
		this.timers = timers;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onReported(AdverseEventReported event) {
		if (!isPatientDeath(event)) {
			return;
		}
		List<String> primary = event.involved()
			.stream()
			.filter((clinician) -> clinician.role() == InvolvementRole.PRIMARY)
			.map(InvolvedClinician::staffId)
			.filter(Objects::nonNull)
			.sorted()
			.toList();
		if (primary.isEmpty()) {
			return;
		}
		for (Campaign campaign : this.campaigns.findListening(CampaignKind.FIRST_PATIENT_DEATH, event.facility())) {
			Instant due = event.receivedAt().plus(campaign.definition().offset());
			// A trainee is someone the directory gives a cohort role: without a
			// directory entry nobody is known to be one.
			List<String> trainees = primary.stream()
				.filter((staffId) -> this.clinicians.profile(staffId)
					.map(campaign.definition().cohort()::admits)
					.orElse(false))
				.toList();
			enrol(campaign, trainees, due);
		}
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onMilestone(IncidentMilestone milestone) {
		if (milestone.kind() != MilestoneKind.CLAIM_FILED) {
			return;
		}
		// Each case answers to its own facility: a campaign hears of the people whose
		// case is its facility's (or of everyone, for a program-wide campaign).
		Map<String, Set<String>> involvedByFacility = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
		for (OutreachCase withEvent : this.cases.findByEventId(milestone.eventId())) {
			involvedByFacility.computeIfAbsent(withEvent.facility(), (f) -> new TreeSet<>()).add(withEvent.staffId());
		}
		// Due an offset after the claim, but never before intake heard of it.
		Instant claimed = CohortEnrolment.later(milestone.scheduledFor(), milestone.receivedAt());
		involvedByFacility.forEach((facility, involved) -> {
			for (Campaign campaign : this.campaigns.findListening(CampaignKind.CLAIM_FILED, facility)) {
				List<String> cohort = involved.stream()
					.filter((staffId) -> campaign.definition()
						.cohort()
						.admits(this.clinicians.profile(staffId).orElse(null)))
					.toList();
				enrol(campaign, cohort, claimed.plus(campaign.definition().offset()));
			}
		});
	}

	private void enrol(Campaign campaign, List<String> staffIds, Instant due) {
		Instant now = this.clock.instant();
		Instant at = CohortEnrolment.later(due, campaign.definition().opensAt());
		int enrolled = 0;
		for (String staffId : staffIds) {
			if (this.members.enrol(campaign.id(), staffId, at, now)) {
				enrolled++;
			}
		}
		if (enrolled == 0) {
			return;
		}
		log.info("Campaign {} enrolled {} member(s), due {}", campaign.id(), enrolled, at);
		// A paused campaign keeps its members for when it resumes, which sets its timer.
		// A
		// campaign a tick (or the API) holds is not waited for: its tick, or the next,
		// picks
		// the member up.
		this.campaigns.lockIfFree(campaign.id())
			.filter((c) -> c.status() == CampaignStatus.ACTIVE)
			.filter((c) -> c.nextTickAt() == null || at.isBefore(c.nextTickAt()))
			.ifPresent((c) -> moveTimerEarlier(c, at, now));
	}

	/**
	 * Brings the campaign's tick forward to a new member's due time. This runs in the
	 * transaction of the incident's own cases, so campaign bookkeeping must never fail
	 * it: a timer firing right now cannot move, and is left alone. The member is recorded
	 * either way, and an active triggered campaign always has a next tick (at least
	 * daily, {@link CampaignPaceTimer}), which opens their case when they are due.
	 */
	private void moveTimerEarlier(Campaign campaign, Instant at, Instant now) {
		try {
			this.timers.reschedule(CampaignPaceTimer.TASK, campaign.id().toString(), at);
		}
		catch (TaskInstanceCurrentlyExecutingException ex) {
			log.info("Campaign {} is ticking now; its next tick picks the new member(s) up", campaign.id());
			return;
		}
		this.campaigns.update(campaign.id(), CampaignStatus.ACTIVE, at, now);
	}

	/** An actual event in which a patient died: by its harm or its category. */
	static boolean isPatientDeath(AdverseEventReported event) {
		return event.actuality() != Actuality.NEAR_MISS
				&& (event.harm() == HarmLevel.DEATH || event.category() == EventCategory.PATIENT_DEATH);
	}

}
