package org.peersupport.outreach.campaign;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.peersupport.outreach.outreachcase.RoutineCases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code campaign_member} table: one row per campaign and staff id, so nobody is
 * enrolled, or opened, twice by the same campaign however often the directory or an event
 * names them.
 */
@Repository
class CampaignMembers {

	private final JdbcTemplate jdbc;

	CampaignMembers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Enrols a member, unless they already are one.
	 * @return whether they were new
	 */
	boolean enrol(UUID campaignId, String staffId, Instant eligibleAt, Instant now) {
		return this.jdbc.update("""
				INSERT INTO campaign_member (campaign_id, staff_id, eligible_at, added_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (campaign_id, staff_id) DO NOTHING
				""", campaignId, staffId, Timestamp.from(eligibleAt), Timestamp.from(now)) == 1;
	}

	/** Members due by now whom the campaign has not dealt with, earliest first. */
	List<String> due(UUID campaignId, Instant now, int most) {
		return this.jdbc.queryForList("""
				SELECT staff_id FROM campaign_member WHERE campaign_id = ? AND outcome IS NULL AND eligible_at <= ?
				ORDER BY eligible_at, staff_id LIMIT ?
				""", String.class, campaignId, Timestamp.from(now), most);
	}

	/** When the next waiting member falls due, if anyone is waiting. */
	Optional<Instant> nextDue(UUID campaignId) {
		Timestamp next = this.jdbc.queryForObject(
				"SELECT min(eligible_at) FROM campaign_member WHERE campaign_id = ? AND outcome IS NULL",
				Timestamp.class, campaignId);
		return Optional.ofNullable(next).map(Timestamp::toInstant);
	}

	/** How many cases the campaign opened since an instant: what a daily pace counts. */
	int openedSince(UUID campaignId, Instant since) {
		Integer opened = this.jdbc.queryForObject(
				"SELECT count(*) FROM campaign_member WHERE campaign_id = ? AND outcome = 'OPENED' AND acted_at >= ?",
				Integer.class, campaignId, Timestamp.from(since));
		return (opened != null) ? opened : 0;
	}

	void record(UUID campaignId, String staffId, RoutineCases.Opening opening, Instant now) {
		this.jdbc.update(
				"UPDATE campaign_member SET outcome = ?, case_id = ?, acted_at = ? WHERE campaign_id = ? AND staff_id = ?",
				opening.outcome().name(), opening.caseId(), Timestamp.from(now), campaignId, staffId);
	}

	/** The campaign whose case this is, when a campaign opened it. */
	Optional<UUID> campaignOfOpenedCase(UUID caseId) {
		return this.jdbc
			.queryForList("SELECT campaign_id FROM campaign_member WHERE case_id = ? AND outcome = 'OPENED'",
					UUID.class, caseId)
			.stream()
			.findFirst();
	}

}
