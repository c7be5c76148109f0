package org.peersupport.outreach.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.events.CaseSource;
import org.peersupport.outreach.outreachcase.RoutineCases;
import org.peersupport.persistence.timer.Next;
import org.peersupport.persistence.timer.TimerHandler;
import org.peersupport.persistence.timer.TimerTask;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A campaign's one timer: at each tick it enrols the directory's cohort, opens the cases
 * of members who are due, as many as the pace allows, and sets itself for the next tick.
 * It locks the campaign first, so a pause or a second firing waits (an event that enrols
 * a member does not: it never waits for the campaign, see {@link CampaignTriggers}), and
 * a member's row says what was done for them, so a tick that fires twice opens nobody
 * twice.
 */
@Component
class CampaignPaceTimer extends TimerHandler {

	static final TimerTask TASK = new TimerTask("outreach-campaign-pace");

	private static final Logger log = LoggerFactory.getLogger(CampaignPaceTimer.class);

	private static final Duration DAY = Duration.ofDays(1);

	private final CampaignStore campaigns;

	private final CampaignMembers members;

	private final CohortEnrolment enrolment;

	private final SupporterCapacity capacity;

	private final RoutineCases routine;

	private final Clock clock;

	private final Duration capacityCheck;

	CampaignPaceTimer(CampaignStore campaigns, CampaignMembers members, CohortEnrolment enrolment,
			SupporterCapacity capacity, RoutineCases routine, Clock clock,
			@Value("${peersupport.outreach.campaigns.capacity-check:PT1H}") Duration capacityCheck) {
		super(TASK);
		this.campaigns = campaigns;
		this.members = members;
		this.enrolment = enrolment;
		this.capacity = capacity;
		this.routine = routine;
		this.clock = clock;
		this.capacityCheck = capacityCheck;
	}

	@Override
	public Next fire(String campaignId, Instant scheduledFor) {
		Optional<Campaign> found = this.campaigns.findForUpdate(UUID.fromString(campaignId))
			.filter((c) -> c.status() == CampaignStatus.ACTIVE);
		if (found.isEmpty()) {
			return Next.done();
		}
		Campaign campaign = found.get();
		Instant now = this.clock.instant();
		if (now.isBefore(campaign.definition().opensAt())) {
			return Next.againAt(campaign.definition().opensAt());
		}
		if (campaign.kind().fromDirectory()) {
			this.enrolment.enrol(campaign, now);
		}
		int allowance = allowance(campaign, now);
		List<String> due = this.members.due(campaign.id(), now, allowance)
			.stream()
			.sorted() // the order every case opening locks clinicians in
			.toList();
		for (String staffId : due) {
			RoutineCases.Opening opening = this.routine.open(staffId, CaseSource.CAMPAIGN, campaign.facility());
			this.members.record(campaign.id(), staffId, opening, now);
		}
		Instant next = next(campaign, now, due.size() >= allowance);
		boolean finished = next == null && campaign.kind() == CampaignKind.ON_DATE;
		this.campaigns.update(campaign.id(), finished ? CampaignStatus.COMPLETED : CampaignStatus.ACTIVE, next, now);
		log.info("Campaign {} acted for {} member(s); next tick {}", campaign.id(), due.size(), next);
		return (next != null) ? Next.againAt(next) : Next.done();
	}

	/** How many cases this tick may open. */
	private int allowance(Campaign campaign, Instant now) {
		Pace pace = campaign.definition().pace();
		if (pace.followsCapacity()) {
			// Capacity is the program's: ticks of campaigns paced by it fill it in turn.
			return this.capacity.claimFree();
		}
		return Math.max(0, pace.casesPerDay() - this.members.openedSince(campaign.id(), dayStart(campaign, now)));
	}

	/**
	 * The next tick: when the next member falls due, or, with members due but the pace
	 * spent, the next day (a daily pace) or the next capacity check; and at least daily
	 * for a start-of-training campaign, which keeps looking for newcomers, and for a
	 * triggered one, whose events may enrol someone while this tick runs (the event
	 * cannot move a firing timer, see {@link CampaignTriggers}). None for a dated
	 * campaign nobody waits in any more: it is complete.
	 */
	private Instant next(Campaign campaign, Instant now, boolean paceSpent) {
		Pace pace = campaign.definition().pace();
		Instant paceResumes = pace.followsCapacity() ? now.plus(this.capacityCheck) : dayStart(campaign, now).plus(DAY);
		Instant next = this.members.nextDue(campaign.id())
			.map((due) -> paceSpent ? CohortEnrolment.later(due, paceResumes) : due)
			.map((due) -> due.isAfter(now) ? due : paceResumes)
			.orElse(null);
		if (campaign.kind() != CampaignKind.ON_DATE) {
			Instant lookAgain = now.plus(DAY);
			next = (next == null || lookAgain.isBefore(next)) ? lookAgain : next;
		}
		return next;
	}

	/** The start of the current pace day: days are counted from the opening time. */
	private static Instant dayStart(Campaign campaign, Instant now) {
		Instant opens = campaign.definition().opensAt();
		long days = Duration.between(opens, now).toDays();
		return opens.plus(DAY.multipliedBy(Math.max(0, days)));
	}

}
