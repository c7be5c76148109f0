package org.peersupport.outreach.campaign;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.clinician.StaffProfile;
import org.peersupport.outreach.policy.OutreachPolicies;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols the directory's cohort of a campaign, at every pace tick, so that someone who
 * joins the directory later (a resident who starts next month) is picked up then. Who is
 * already a member stays one, with the due time they were given.
 */
@Service
class CohortEnrolment {

	private final Clinicians clinicians;

	private final OutreachPolicies policies;

	private final CampaignMembers members;

	CohortEnrolment(Clinicians clinicians, OutreachPolicies policies, CampaignMembers members) {
		this.clinicians = clinicians;
		this.policies = policies;
		this.members = members;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void enrol(Campaign campaign, Instant now) {
		CampaignDefinition definition = campaign.definition();
		Cohort cohort = definition.cohort();
		if (definition.kind() == CampaignKind.ON_DATE) {
			if (cohort.isExplicit()) {
				cohort.staffIds()
					.forEach((staffId) -> this.members.enrol(campaign.id(), staffId, definition.opensAt(), now));
				return;
			}
			this.clinicians.profiles(cohort::includes)
				.forEach((profile) -> this.members.enrol(campaign.id(), profile.staffId(), definition.opensAt(), now));
			return;
		}
		if (definition.kind() == CampaignKind.TRAINING_START) {
			ZoneId zone = this.policies.forFacility(definition.facility()).contact().zone();
			for (StaffProfile profile : this.clinicians.profiles((p) -> p.startedOn() != null && cohort.includes(p))) {
				Instant due = dueAfterStart(profile, definition, zone);
				// Without a start-date range, people whose moment passed before the
				// campaign opened are not new any more: a campaign defined today does not
				// check in with everyone who ever started.
				if (cohort.startedFrom() != null || !due.isBefore(definition.opensAt().minus(definition.offset()))) {
					this.members.enrol(campaign.id(), profile.staffId(), later(due, definition.opensAt()), now);
				}
			}
		}
	}

	/**
	 * The offset after the start date, at the local time of day the campaign opens at, so
	 * a daily pace's ticks and its members' due times line up.
	 */
	private static Instant dueAfterStart(StaffProfile profile, CampaignDefinition definition, ZoneId zone) {
		LocalTime opening = definition.opensAt().atZone(zone).toLocalTime();
		return profile.startedOn().atTime(opening).atZone(zone).plus(definition.offset()).toInstant();
	}

	static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
