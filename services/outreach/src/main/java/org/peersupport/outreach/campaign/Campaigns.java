package org.peersupport.outreach.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.persistence.timer.DurableTimers;
import org.peersupport.web.ConflictException;
import org.peersupport.web.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Defines, lists, pauses and resumes campaigns. A campaign's pace timer is written in the
 * transaction that creates or resumes it, so it exists exactly when the campaign does.
 */
@Service
public class Campaigns {

	private static final Logger log = LoggerFactory.getLogger(Campaigns.class);

	private final CampaignStore store;

	private final DurableTimers timers;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Campaigns(CampaignStore store, DurableTimers timers, JdbcTemplate jdbc, Clock clock) {
		this.store = store;
		this.timers = timers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Stores a definition the caller read with {@link CampaignReader} (and authorized for
	 * its facility) and starts its timer at the opening time.
	 */
	@Transactional
	public CampaignView define(JsonNode document, CampaignDefinition definition, String actor) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.store.insert(id, document.toString(), definition, actor, now);
		this.timers.schedule(CampaignPaceTimer.TASK, id.toString(), definition.opensAt());
		log.info("Campaign {} ({}) defined, opening {}", id, definition.kind(), definition.opensAt());
		return view(this.store.find(id).orElseThrow());
	}

	/** The campaigns of the facilities the caller covers, with their progress. */
	@Transactional(readOnly = true)
	public List<CampaignView> list(Predicate<String> covered) {
		return this.store.findAll().stream().filter((c) -> covered.test(c.facility())).map(this::view).toList();
	}

	/**
	 * One campaign; one of a facility the caller does not cover is answered as unknown.
	 */
	@Transactional(readOnly = true)
	public CampaignView get(UUID id, Predicate<String> covered) {
		return view(find(id, covered, false));
	}

	/** Stops opening cases; members named meanwhile are still recorded. */
	@Transactional
	public CampaignView pause(UUID id, Predicate<String> covered) {
		Campaign campaign = find(id, covered, true);
		if (campaign.status() == CampaignStatus.COMPLETED) {
			throw new ConflictException("campaign " + id + " is completed");
		}
		this.timers.cancel(CampaignPaceTimer.TASK, id.toString());
		this.store.update(id, CampaignStatus.PAUSED, null, this.clock.instant());
		return view(this.store.find(id).orElseThrow());
	}

	/** Opens cases again at its pace, from now (or its opening time, if later). */
	@Transactional
	public CampaignView resume(UUID id, Predicate<String> covered) {
		Campaign campaign = find(id, covered, true);
		if (campaign.status() == CampaignStatus.COMPLETED) {
			throw new ConflictException("campaign " + id + " is completed");
		}
		Instant now = this.clock.instant();
		Instant at = CohortEnrolment.later(now, campaign.definition().opensAt());
		try {
			this.timers.reschedule(CampaignPaceTimer.TASK, id.toString(), at);
		}
		catch (TaskInstanceCurrentlyExecutingException ex) {
			// Its last tick is finishing this very moment: the administrator asks again.
			throw new ConflictException("campaign " + id + " is busy opening cases; resume it again in a moment");
		}
		this.store.update(id, CampaignStatus.ACTIVE, at, now);
		return view(this.store.find(id).orElseThrow());
	}

	private Campaign find(UUID id, Predicate<String> covered, boolean forUpdate) {
		return (forUpdate ? this.store.findForUpdate(id) : this.store.find(id))
			.filter((c) -> covered.test(c.facility()))
			.orElseThrow(() -> new NotFoundException("no campaign " + id));
	}

	private CampaignView view(Campaign campaign) {
		return new CampaignView(campaign.id(), campaign.definition().name(), campaign.kind(), campaign.facility(),
				campaign.status(), campaign.document(), campaign.nextTickAt(), campaign.createdBy(),
				campaign.createdAt(), progress(campaign.id()));
	}

	/**
	 * Counts from the members and the cases the campaign opened: offered, accepted (a
	 * supporter took it: it is accepted now, or a check-in happened), reached (the first
	 * contact got through: its follow-ups were planned, or the case completed) and
	 * declined. A member whose case was purged (retention) carries those answers itself,
	 * frozen before the case went.
	 */
	private CampaignProgress progress(UUID id) {
		return this.jdbc.queryForObject(
				"""
						SELECT count(*),
						       count(*) FILTER (WHERE m.outcome IS NULL),
						       count(*) FILTER (WHERE m.outcome = 'OPENED'),
						       count(*) FILTER (WHERE m.outcome = 'JOINED'),
						       count(*) FILTER (WHERE m.outcome = 'OPTED_OUT'),
						       count(*) FILTER (WHERE m.outcome = 'OUT_OF_SCOPE'),
						       count(*) FILTER (WHERE m.outcome = 'OPENED' AND coalesce(m.offered, c.offered_at IS NOT NULL)),
						       count(*) FILTER (WHERE m.outcome = 'OPENED' AND coalesce(m.accepted, c.status = 'ACCEPTED'
						           OR c.close_reason IN ('COMPLETED', 'DECLINED_BY_CLINICIAN'))),
						       count(*) FILTER (WHERE m.outcome = 'OPENED' AND coalesce(m.reached, c.close_reason = 'COMPLETED'
						           OR EXISTS (SELECT 1 FROM follow_up f WHERE f.case_id = c.id AND f.trigger = 'AFTER_FIRST_CONTACT'))),
						       count(*) FILTER (WHERE m.outcome = 'OPENED' AND coalesce(m.declined, c.close_reason = 'DECLINED_BY_CLINICIAN'))
						FROM campaign_member m LEFT JOIN outreach_case c ON c.id = m.case_id
						WHERE m.campaign_id = ?
						""",
				(rs, i) -> new CampaignProgress(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
						rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)),
				id);
	}

}
