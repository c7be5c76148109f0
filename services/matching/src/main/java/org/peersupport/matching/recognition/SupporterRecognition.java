package org.peersupport.matching.recognition;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the program's celebration of its supporters counts: how many check-ins each
 * recorded. Each check-in leaves a tally (the supporter and when, nothing about the case
 * or the colleague), which outlives the check-in's own record, so a case's purge or the
 * supporter-side retention does not take a supporter's recognition with it. A supporter
 * may choose not to be listed: they are then left out, not shown as anonymous.
 */
@Service
public class SupporterRecognition {

	private static final String COUNTS = """
			SELECT t.supporter_id, count(*) AS checkins
			FROM supporter_checkin_tally t
			WHERE t.completed_at >= ? AND t.completed_at < ?
			  AND NOT EXISTS (SELECT 1 FROM supporter_recognition_choice c
			                  WHERE c.staff_id = t.supporter_id AND NOT c.listed)
			GROUP BY t.supporter_id""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SupporterRecognition(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One supporter's count.
	 *
	 * @param supporterId the supporter
	 * @param checkins how many check-ins they recorded in the period
	 */
	public record Count(String supporterId, long checkins) {
	}

	/** Counts a recorded check-in, in the transaction that records it. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void counted(String supporterId, Instant completedAt) {
		this.jdbc.update("INSERT INTO supporter_checkin_tally (supporter_id, completed_at) VALUES (?, ?)", supporterId,
				Timestamp.from(completedAt));
	}

	/**
	 * Each listed supporter's check-ins from {@code from} (inclusive) to {@code to}
	 * (exclusive); supporters with none, and those who chose not to be listed, are
	 * absent.
	 */
	@Transactional(readOnly = true)
	public List<Count> counts(Instant from, Instant to) {
		return this.jdbc.query(COUNTS, (rs, row) -> new Count(rs.getString("supporter_id"), rs.getLong("checkins")),
				Timestamp.from(from), Timestamp.from(to));
	}

	/** Whether the supporter is listed: they are unless they said no. */
	@Transactional(readOnly = true)
	public boolean listed(String staffId) {
		return this.jdbc
			.queryForList("SELECT listed FROM supporter_recognition_choice WHERE staff_id = ?", Boolean.class, staffId)
			.stream()
			.findFirst()
			.orElse(true);
	}

	/** The supporter's own choice; only they make it. */
	@Transactional
	public void choose(String staffId, boolean listed) {
		this.jdbc.update("INSERT INTO supporter_recognition_choice (staff_id, listed, changed_at) VALUES (?, ?, ?) "
				+ "ON CONFLICT (staff_id) DO UPDATE SET listed = EXCLUDED.listed, "
				+ "changed_at = EXCLUDED.changed_at", staffId, listed, Timestamp.from(this.clock.instant()));
	}

}
