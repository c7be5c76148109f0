package org.peersupport.matching.offer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * What supporters took on: accepted cases, still held or since completed, and which of
 * them were high-impact. Completed cases no longer load a supporter, but they still count
 * towards fatigue and cool-down, and so do purged ones, through their tally.
 */
@Component
public class CaseHistory {

	/** Cases still on record, and the tallies of those purged since (CaseRecords). */
	private static final String HISTORY = """
			SELECT supporter_id,
			       count(*) FILTER (WHERE accepted_at >= ?) AS recent,
			       count(*) FILTER (WHERE accepted_at >= ? AND high_impact) AS recent_high_impact,
			       max(accepted_at) FILTER (WHERE high_impact) AS last_high_impact
			FROM (SELECT o.supporter_id, o.answered_at AS accepted_at, r.high_impact
			      FROM offer o JOIN match_request r ON r.case_id = o.case_id
			      WHERE o.status IN ('ACCEPTED', 'COMPLETED')
			      UNION ALL
			      SELECT supporter_id, accepted_at, high_impact FROM supporter_case_tally) taken
			WHERE true %s
			GROUP BY supporter_id""";

	private static final RowMapper<SupporterHistory> ROWS = (rs, row) -> {
		Timestamp last = rs.getTimestamp("last_high_impact");
		return new SupporterHistory(rs.getString("supporter_id"), rs.getInt("recent"), rs.getInt("recent_high_impact"),
				(last != null) ? last.toInstant() : null);
	};

	private final JdbcTemplate jdbc;

	CaseHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every supporter with any accepted case, by id. */
	public Map<String, SupporterHistory> since(Instant from) {
		Map<String, SupporterHistory> all = new HashMap<>();
		Timestamp at = Timestamp.from(from);
		for (SupporterHistory history : this.jdbc.query(HISTORY.formatted(""), ROWS, at, at)) {
			all.put(history.supporterId(), history);
		}
		return all;
	}

	public SupporterHistory of(String supporterId, Instant from) {
		Timestamp at = Timestamp.from(from);
		return this.jdbc.query(HISTORY.formatted("AND supporter_id = ?"), ROWS, at, at, supporterId)
			.stream()
			.findFirst()
			.orElse(SupporterHistory.none(supporterId));
	}

	/**
	 * Open offers and accepted cases of one supporter, by status; completed and withdrawn
	 * offers no longer count.
	 */
	public Map<OfferStatus, Integer> openBy(String supporterId) {
		Map<OfferStatus, Integer> open = new HashMap<>();
		this.jdbc.query(
				"SELECT status, count(*) AS n FROM offer WHERE supporter_id = ? AND status IN ('OFFERED', 'ACCEPTED') GROUP BY status",
				(rs) -> {
					open.put(OfferStatus.valueOf(rs.getString("status")), rs.getInt("n"));
				}, supporterId);
		return open;
	}

}
