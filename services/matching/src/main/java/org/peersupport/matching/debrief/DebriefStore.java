package org.peersupport.matching.debrief;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.peersupport.contracts.events.TeamDebriefScheduled;
import org.peersupport.matching.notification.DebriefMeetings;
import org.peersupport.matching.offer.SupporterCommitments;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code debrief} and {@code debrief_facilitator} tables: what the e-mails say about
 * a staffed debrief, and the capacity its facilitators give it until its outcome is
 * recorded.
 */
@Repository
class DebriefStore implements SupporterCommitments, DebriefMeetings {

	private final JdbcTemplate jdbc;

	DebriefStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a debrief's schedule and facilitators; a debrief scheduled again (nobody
	 * could facilitate it before) takes the new schedule.
	 */
	void save(TeamDebriefScheduled scheduled, List<String> facilitators, Instant now) {
		UUID id = UUID.fromString(scheduled.debriefId());
		this.jdbc.update(
				"""
						INSERT INTO debrief (debrief_id, facility, starts_at, place, video_link, facilitators_wanted, status, matched_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)
						ON CONFLICT (debrief_id) DO UPDATE SET starts_at = excluded.starts_at, place = excluded.place,
						  video_link = excluded.video_link, facilitators_wanted = excluded.facilitators_wanted,
						  status = excluded.status, matched_at = excluded.matched_at""",
				id, scheduled.facility(), Timestamp.from(scheduled.startsAt()), scheduled.place(),
				scheduled.videoLink(), scheduled.facilitatorsWanted(), facilitators.isEmpty() ? "UNSTAFFED" : "STAFFED",
				Timestamp.from(now));
		for (String supporter : facilitators) {
			this.jdbc.update("""
					INSERT INTO debrief_facilitator (debrief_id, supporter_id, active) VALUES (?, ?, true)
					ON CONFLICT (debrief_id, supporter_id) DO UPDATE SET active = true""", id, supporter);
		}
	}

	/** The debrief is over: its facilitators' capacity is free again. */
	void recorded(UUID debriefId) {
		this.jdbc.update("UPDATE debrief SET status = 'RECORDED' WHERE debrief_id = ?", debriefId);
		this.jdbc.update("UPDATE debrief_facilitator SET active = false WHERE debrief_id = ?", debriefId);
	}

	@Override
	public Optional<Meeting> meeting(UUID debriefId) {
		return this.jdbc
			.query("SELECT starts_at, place, video_link FROM debrief WHERE debrief_id = ? AND status = 'STAFFED'",
					(rs, row) -> new Meeting(rs.getTimestamp("starts_at").toInstant(), rs.getString("place"),
							rs.getString("video_link")),
					debriefId)
			.stream()
			.findFirst();
	}

	@Override
	public Map<String, Integer> bySupporter() {
		Map<String, Integer> counts = new HashMap<>();
		this.jdbc.query(
				"SELECT supporter_id, count(*) AS n FROM debrief_facilitator WHERE active GROUP BY supporter_id",
				(rs) -> {
					counts.put(rs.getString("supporter_id"), rs.getInt("n"));
				});
		return counts;
	}

}
