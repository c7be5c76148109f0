package org.peersupport.dashboard.figures;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.peersupport.dashboard.suppression.Measure;
import org.peersupport.dashboard.suppression.TableDraft;
import org.peersupport.dashboard.suppression.TableDraft.Position;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import static org.peersupport.dashboard.figures.CaseFigures.decimal;
import static org.peersupport.dashboard.figures.CaseFigures.label;
import static org.peersupport.dashboard.figures.CaseFigures.number;

/**
 * Figures about what happens around a case: escalations, follow-ups, referrals, crises,
 * incident milestones and supporter capacity. Facts are sliced by their own time and by
 * the dimensions of the case they belong to.
 */
@Component
class SupportFigures {

	/** The case a fact belongs to, for facility, harm and department. */
	private static final String CASE_JOIN = """
			LEFT JOIN case_timeline c ON c.case_id = %s.case_id
			LEFT JOIN person_dimension pd ON pd.person = c.person""";

	/**
	 * Open cases whose latest escalation came after their latest progress (an offer, an
	 * acceptance, a check-in).
	 */
	private static final String NEEDING_ATTENTION = """
			SELECT c.case_id, c.person, e.reason, e.escalated_at FROM case_timeline c
			JOIN LATERAL (SELECT reason, escalated_at FROM escalation x WHERE x.case_id = c.case_id
			              ORDER BY escalated_at DESC LIMIT 1) e ON true
			LEFT JOIN person_dimension pd ON pd.person = c.person
			WHERE (c.closed_at IS NULL OR c.closed_at < e.escalated_at)
			  AND e.escalated_at > COALESCE(GREATEST(
			        (SELECT max(GREATEST(a.offered_at, a.accepted_at)) FROM assignment a WHERE a.case_id = c.case_id),
			        (SELECT max(k.completed_at) FROM checkin k WHERE k.case_id = c.case_id)), '-infinity')""";

	private final NamedParameterJdbcTemplate jdbc;

	private final DashboardSettings settings;

	private final Clock clock;

	SupportFigures(NamedParameterJdbcTemplate jdbc, DashboardSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	private SliceSql sql(Slice slice) {
		return new SliceSql(slice, this.settings);
	}

	/** The worklist: not limited by the period, since it is about now. */
	List<AttentionCase> needingAttention(Slice slice) {
		SliceSql sql = sql(slice);
		return this.jdbc.query(
				NEEDING_ATTENTION + sql.where("c.facility", "c.harm", "pd.department", null) + " ORDER BY 4, 1",
				sql.params(), (rs, i) -> new AttentionCase(rs.getString("case_id"), rs.getString("reason"),
						rs.getTimestamp("escalated_at").toInstant()));
	}

	/** Escalations in the period and cases needing attention now, by reason. */
	TableDraft escalations(Slice slice) {
		SliceSql sql = sql(slice);
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				WITH period AS (
				  SELECT e.reason, count(*) AS escalations, count(DISTINCT c.person) AS people
				  FROM escalation e %s WHERE true %s GROUP BY e.reason),
				now AS (
				  SELECT reason, count(*) AS cases, count(DISTINCT person) AS people FROM (%s %s) n GROUP BY reason)
				SELECT COALESCE(p.reason, n.reason) AS reason, p.escalations, p.people, n.cases, n.people AS now_people
				FROM period p FULL JOIN now n ON n.reason = p.reason ORDER BY 1""".formatted(CASE_JOIN.formatted("e"),
				sql.where("c.facility", "c.harm", "pd.department", "e.escalated_at"), NEEDING_ATTENTION,
				sql.where("c.facility", "c.harm", "pd.department", null)), sql.params());
		TableDraft table = new TableDraft("escalations", "Escalations",
				List.of("Escalations in period", "Needing attention now"));
		long escalations = 0;
		long now = 0;
		for (Map<String, Object> row : rows) {
			String reason = String.valueOf(row.get("reason"));
			int index = table.row(reason, label(reason));
			table.count(index, 0, number(row, "escalations"), number(row, "people"));
			table.count(index, 1, number(row, "cases"), number(row, "now_people"));
			escalations += number(row, "escalations");
			now += number(row, "cases");
		}
		Map<String, Object> people = this.jdbc.queryForMap("""
				SELECT (SELECT count(DISTINCT c.person) FROM escalation e %s WHERE true %s) AS period,
				       (SELECT count(DISTINCT person) FROM (%s %s) n) AS now""".formatted(CASE_JOIN.formatted("e"),
				sql.where("c.facility", "c.harm", "pd.department", "e.escalated_at"), NEEDING_ATTENTION,
				sql.where("c.facility", "c.harm", "pd.department", null)), sql.params());
		int total = table.row("all", "All reasons");
		table.count(total, 0, escalations, number(people, "period"));
		table.count(total, 1, now, number(people, "now"));
		table.rowsAddUpTo(total);
		return table;
	}

	/**
	 * Follow-ups due in the period: done (a check-in answered it), missed (not done, and
	 * the case was escalated FOLLOW_UP_MISSED after it fell due) or still pending.
	 */
	TableDraft followUps(Slice slice) {
		SliceSql sql = sql(slice);
		String facts = """
				SELECT COALESCE(f.trigger, 'UNKNOWN') AS k, c.person,
				       CASE WHEN f.done_at IS NOT NULL THEN 'DONE'
				            WHEN EXISTS (SELECT 1 FROM escalation e WHERE e.case_id = f.case_id
				                         AND e.reason = 'FOLLOW_UP_MISSED' AND e.escalated_at >= f.due_at) THEN 'MISSED'
				            ELSE 'PENDING' END AS state
				FROM follow_up f %s WHERE f.due_at IS NOT NULL %s""".formatted(CASE_JOIN.formatted("f"),
				sql.where("COALESCE(c.facility, f.facility)", "c.harm", "pd.department", "f.due_at"));
		List<Map<String, Object>> rows = countByState(sql, facts, "due", List.of("DONE", "MISSED", "PENDING"));
		TableDraft table = new TableDraft("follow-ups", "Follow-ups", List.of("Due", "Done", "Missed", "Pending"));
		return grouped(table, rows, new String[] { "due", "done", "missed", "pending" });
	}

	/** Referrals made in the period by kind, how they closed, and the conversion. */
	TableDraft referrals(Slice slice) {
		SliceSql sql = sql(slice);
		String facts = """
				SELECT COALESCE(r.kind, 'OTHER') AS k, c.person, COALESCE(r.outcome, 'OPEN') AS state
				FROM referral r %s WHERE r.made_at IS NOT NULL %s""".formatted(CASE_JOIN.formatted("r"),
				sql.where("COALESCE(c.facility, r.facility)", "c.harm", "pd.department", "r.made_at"));
		List<Map<String, Object>> rows = countByState(sql, facts, "made",
				List.of("CONNECTED", "NOT_CONNECTED", "DECLINED", "OPEN"));
		TableDraft table = new TableDraft("referrals", "Referrals by type",
				List.of("Made", "Connected", "Not connected", "Declined", "Open", "Conversion"));
		grouped(table, rows, new String[] { "made", "connected", "not_connected", "declined", "open" });
		for (int row = 0; row < table.rowCount(); row++) {
			Map<String, Object> source = rows.get(row);
			table.share(row, 5, number(source, "connected"), number(source, "made"), new Position(row, 1),
					new Position(row, 0));
		}
		return table;
	}

	/**
	 * Per key {@code k} and in total: every fact and the facts in each state, each with
	 * its distinct people. The states are the code's own constants.
	 */
	private List<Map<String, Object>> countByState(SliceSql sql, String facts, String all, List<String> states) {
		StringBuilder select = new StringBuilder("WITH facts AS (").append(facts)
			.append(") SELECT k, grouping(k) AS is_total, count(*) AS ")
			.append(all)
			.append(", count(DISTINCT person) AS ")
			.append(all)
			.append("_people");
		for (String state : states) {
			String column = state.toLowerCase(java.util.Locale.ROOT);
			String filter = " FILTER (WHERE state = '" + state + "') AS " + column;
			select.append(", count(*)")
				.append(filter)
				.append(", count(DISTINCT person)")
				.append(filter)
				.append("_people");
		}
		select.append(" FROM facts GROUP BY GROUPING SETS ((k), ()) ORDER BY grouping(k), k");
		return this.jdbc.queryForList(select.toString(), sql.params());
	}

	/**
	 * Rows of counts with a grouping-sets total: the first column is the sum of the
	 * others in each row, and the rows add up to the total in each column.
	 */
	private static TableDraft grouped(TableDraft table, List<Map<String, Object>> rows, String[] columns) {
		int total = -1;
		for (Map<String, Object> row : rows) {
			boolean isTotal = number(row, "is_total") == 1;
			String key = isTotal ? "all" : String.valueOf(row.get("k"));
			int index = table.row(key, isTotal ? "All" : label(key));
			if (isTotal) {
				total = index;
			}
			for (int column = 0; column < columns.length; column++) {
				table.count(index, column, number(row, columns[column]), number(row, columns[column] + "_people"));
			}
			if (columns.length > 1) {
				List<Position> parts = new java.util.ArrayList<>();
				for (int column = 1; column < columns.length; column++) {
					parts.add(new Position(index, column));
				}
				table.sum(new Position(index, 0), parts);
			}
		}
		if (total >= 0) {
			table.rowsAddUpTo(total);
		}
		return table;
	}

	/** Crises raised in the period and how fast an on-call lead acknowledged them. */
	TableDraft crises(Slice slice) {
		SliceSql sql = sql(slice);
		Map<String, Object> row = this.jdbc.queryForMap(
				"""
						SELECT count(*) AS raised, count(DISTINCT c.person) AS raised_people,
						       count(*) FILTER (WHERE k.acknowledged_at IS NOT NULL) AS acknowledged,
						       count(DISTINCT c.person) FILTER (WHERE k.acknowledged_at IS NOT NULL) AS acknowledged_people,
						       percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM k.acknowledged_at - k.raised_at) / 60.0)
						           FILTER (WHERE k.acknowledged_at IS NOT NULL) AS median,
						       percentile_cont(0.9) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM k.acknowledged_at - k.raised_at) / 60.0)
						           FILTER (WHERE k.acknowledged_at IS NOT NULL) AS p90
						FROM crisis k %s WHERE k.raised_at IS NOT NULL %s"""
					.formatted(CASE_JOIN.formatted("k"),
							sql.where("COALESCE(c.facility, k.facility)", "c.harm", "pd.department", "k.raised_at")),
				sql.params());
		TableDraft table = new TableDraft("crises", "Crisis events", List.of("Value"));
		int raised = table.row("raised", "Crises raised");
		int acknowledged = table.row("acknowledged", "Acknowledged");
		int waiting = table.row("unacknowledged", "Not yet acknowledged");
		long ackPeople = number(row, "acknowledged_people");
		table.count(raised, 0, number(row, "raised"), number(row, "raised_people"));
		table.count(acknowledged, 0, number(row, "acknowledged"), ackPeople);
		table.count(waiting, 0, number(row, "raised") - number(row, "acknowledged"),
				number(row, "raised_people") - ackPeople);
		table.sum(new Position(raised, 0), List.of(new Position(acknowledged, 0), new Position(waiting, 0)));
		table.statistic(table.row("median-minutes", "Median time to acknowledgement"), 0, Measure.MINUTES,
				decimal(row, "median"), ackPeople);
		table.statistic(table.row("p90-minutes", "90th percentile time to acknowledgement"), 0, Measure.MINUTES,
				decimal(row, "p90"), ackPeople);
		return table;
	}

	/**
	 * Supporters now: not limited by period or facility (the directory has neither), only
	 * by department group.
	 */
	TableDraft capacity(Slice slice) {
		SliceSql sql = sql(slice);
		LocalDate today = LocalDate.now(this.clock.withZone(this.settings.zone()));
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"""
						SELECT pd.person, pd.max_active, pd.training_expires_on,
						       (SELECT count(*) FROM assignment a JOIN case_timeline c ON c.case_id = a.case_id
						        WHERE a.supporter = pd.person AND a.accepted_at IS NOT NULL AND c.closed_at IS NULL) AS load
						FROM person_dimension pd
						WHERE pd.supporter AND pd.trained AND pd.active
						  AND (pd.training_expires_on IS NULL OR pd.training_expires_on >= :today) %s"""
					.formatted(sql.where(null, null, "pd.department", null)),
				sql.params(Map.of("today", Date.valueOf(today))));
		long expiring = 0;
		long nearFatigue = 0;
		long[] loads = new long[5];
		for (Map<String, Object> row : rows) {
			long load = number(row, "load");
			long max = number(row, "max_active");
			loads[(int) Math.min(load, 4)]++;
			if (max > 0 && load >= Math.ceil(this.settings.nearFatigueShare() * max)) {
				nearFatigue++;
			}
			Object expires = row.get("training_expires_on");
			if (expires != null
					&& !((Date) expires).toLocalDate().isAfter(today.plusDays(this.settings.trainingExpiryDays()))) {
				expiring++;
			}
		}
		TableDraft table = new TableDraft("capacity", "Supporter capacity", List.of("Supporters"));
		int active = table.row("active", "Active trained supporters");
		table.count(active, 0, rows.size(), rows.size());
		table.count(table.row("near-fatigue", "Near their fatigue threshold"), 0, nearFatigue, nearFatigue);
		table.count(
				table.row("training-expiring",
						"Training expires within " + this.settings.trainingExpiryDays() + " days"),
				0, expiring, expiring);
		List<Position> parts = new java.util.ArrayList<>();
		for (int load = 0; load < loads.length; load++) {
			int index = table.row("load-" + load, (load < 4) ? "Load " + load + " open cases" : "Load 4+ open cases");
			table.count(index, 0, loads[load], loads[load]);
			parts.add(new Position(index, 0));
		}
		table.sum(new Position(active, 0), parts);
		return table;
	}

	/**
	 * Incident milestones (RCA, peer review, disclosure, claims) scheduled in the period.
	 */
	TableDraft milestones(Slice slice) {
		SliceSql sql = sql(slice);
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				SELECT m.kind AS k, grouping(m.kind) AS is_total, count(DISTINCT m.milestone_id) AS milestones,
				       count(DISTINCT i.person) AS milestones_people
				FROM milestone m LEFT JOIN reported_event e ON e.event_id = m.event_id
				LEFT JOIN involvement i ON i.event_id = m.event_id
				WHERE true %s GROUP BY GROUPING SETS ((m.kind), ()) ORDER BY grouping(m.kind), m.kind"""
			.formatted(sql.where("e.facility", "e.harm", null, "m.scheduled_for")), sql.params());
		TableDraft table = new TableDraft("milestones", "Incident milestones", List.of("Milestones"));
		return grouped(table, rows, new String[] { "milestones" });
	}

}
