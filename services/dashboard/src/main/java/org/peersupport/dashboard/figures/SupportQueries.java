package org.peersupport.dashboard.figures;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peersupport.dashboard.figures.SupportRows.ActiveSupporter;
import org.peersupport.dashboard.figures.SupportRows.Crises;
import org.peersupport.dashboard.figures.SupportRows.Debriefs;
import org.peersupport.dashboard.figures.SupportRows.EscalatedPeople;
import org.peersupport.dashboard.figures.SupportRows.EscalationRow;
import org.peersupport.dashboard.figures.SupportRows.GroupedCounts;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL reads behind the figures about what happens around a case: escalations,
 * follow-ups, referrals, crises, incident milestones and supporter capacity. Facts are
 * sliced by their own time and by the dimensions of the case they belong to.
 */
@Component
class SupportQueries {

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

	SupportQueries(NamedParameterJdbcTemplate jdbc, DashboardSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** The worklist: not limited by the period, since it is about now. */
	List<AttentionCase> needingAttention(Slice slice) {
		SliceSql sql = sql(slice);
		return this.jdbc.query(
				NEEDING_ATTENTION + sql.where("c.facility", "c.harm", "c.source", "pd.department", null)
						+ " ORDER BY 4, 1",
				sql.params(), (rs, i) -> new AttentionCase(rs.getString("case_id"), rs.getString("reason"),
						rs.getTimestamp("escalated_at").toInstant()));
	}

	/** Escalations in the period and cases needing attention now, by reason. */
	List<EscalationRow> escalations(Slice slice) {
		SliceSql sql = sql(slice);
		return this.jdbc.query("""
				WITH period AS (
				  SELECT e.reason, count(*) AS escalations, count(DISTINCT c.person) AS people
				  FROM escalation e %s WHERE true %s GROUP BY e.reason),
				now AS (
				  SELECT reason, count(*) AS cases, count(DISTINCT person) AS people FROM (%s %s) n GROUP BY reason)
				SELECT COALESCE(p.reason, n.reason) AS reason, p.escalations, p.people, n.cases, n.people AS now_people
				FROM period p FULL JOIN now n ON n.reason = p.reason ORDER BY 1""".formatted(CASE_JOIN.formatted("e"),
				sql.where("c.facility", "c.harm", "c.source", "pd.department", "e.escalated_at"), NEEDING_ATTENTION,
				sql.where("c.facility", "c.harm", "c.source", "pd.department", null)), sql.params(),
				(row, i) -> new EscalationRow(row.getString("reason"), Tally.read(row, "escalations", "people"),
						Tally.read(row, "cases", "now_people")));
	}

	/** Distinct clinicians escalated in the period, and needing attention now. */
	EscalatedPeople escalatedPeople(Slice slice) {
		SliceSql sql = sql(slice);
		return this.jdbc.queryForObject("""
				SELECT (SELECT count(DISTINCT c.person) FROM escalation e %s WHERE true %s) AS period,
				       (SELECT count(DISTINCT person) FROM (%s %s) n) AS now""".formatted(CASE_JOIN.formatted("e"),
				sql.where("c.facility", "c.harm", "c.source", "pd.department", "e.escalated_at"), NEEDING_ATTENTION,
				sql.where("c.facility", "c.harm", "c.source", "pd.department", null)), sql.params(),
				(row, i) -> new EscalatedPeople(row.getLong("period"), row.getLong("now")));
	}

	/**
	 * Follow-ups due in the period by trigger: all, then done (a check-in answered it),
	 * missed (not done, and the case was escalated FOLLOW_UP_MISSED after it fell due)
	 * and still pending.
	 */
	List<GroupedCounts> followUps(Slice slice) {
		SliceSql sql = sql(slice);
		String facts = """
				SELECT COALESCE(f.trigger, 'UNKNOWN') AS k, c.person,
				       CASE WHEN f.done_at IS NOT NULL THEN 'DONE'
				            WHEN EXISTS (SELECT 1 FROM escalation e WHERE e.case_id = f.case_id
				                         AND e.reason = 'FOLLOW_UP_MISSED' AND e.escalated_at >= f.due_at) THEN 'MISSED'
				            ELSE 'PENDING' END AS state
				FROM follow_up f %s WHERE f.due_at IS NOT NULL %s""".formatted(CASE_JOIN.formatted("f"),
				sql.where("COALESCE(c.facility, f.facility)", "c.harm", "c.source", "pd.department", "f.due_at"));
		return countByState(sql, facts, "due", List.of("DONE", "MISSED", "PENDING"));
	}

	/**
	 * Referrals made in the period by kind: all, then connected, not connected, declined
	 * and open.
	 */
	List<GroupedCounts> referrals(Slice slice) {
		SliceSql sql = sql(slice);
		String facts = """
				SELECT COALESCE(r.kind, 'OTHER') AS k, c.person, COALESCE(r.outcome, 'OPEN') AS state
				FROM referral r %s WHERE r.made_at IS NOT NULL %s""".formatted(CASE_JOIN.formatted("r"),
				sql.where("COALESCE(c.facility, r.facility)", "c.harm", "c.source", "pd.department", "r.made_at"));
		return countByState(sql, facts, "made", List.of("CONNECTED", "NOT_CONNECTED", "DECLINED", "OPEN"));
	}

	/**
	 * Per key {@code k} and in total: every fact and the facts in each state, each with
	 * its distinct people. The states are the code's own constants.
	 */
	private List<GroupedCounts> countByState(SliceSql sql, String facts, String all, List<String> states) {
		StringBuilder select = new StringBuilder("WITH facts AS (").append(facts)
			.append(") SELECT k, grouping(k) AS is_total, count(*) AS ")
			.append(all)
			.append(", count(DISTINCT person) AS ")
			.append(all)
			.append("_people");
		List<String> columns = new ArrayList<>(List.of(all));
		for (String state : states) {
			String column = state.toLowerCase(Locale.ROOT);
			String filter = " FILTER (WHERE state = '" + state + "') AS " + column;
			select.append(", count(*)")
				.append(filter)
				.append(", count(DISTINCT person)")
				.append(filter)
				.append("_people");
			columns.add(column);
		}
		select.append(" FROM facts GROUP BY GROUPING SETS ((k), ()) ORDER BY grouping(k), k");
		return this.jdbc.query(select.toString(), sql.params(), grouped(columns));
	}

	/** Crises raised in the period and how fast an on-call lead acknowledged them. */
	Crises crises(Slice slice) {
		SliceSql sql = sql(slice);
		return this.jdbc.queryForObject(
				"""
						SELECT count(*) AS raised, count(DISTINCT c.person) AS raised_people,
						       count(*) FILTER (WHERE k.acknowledged_at IS NOT NULL) AS acknowledged,
						       count(DISTINCT c.person) FILTER (WHERE k.acknowledged_at IS NOT NULL) AS acknowledged_people,
						       percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM k.acknowledged_at - k.raised_at) / 60.0)
						           FILTER (WHERE k.acknowledged_at IS NOT NULL) AS median,
						       percentile_cont(0.9) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM k.acknowledged_at - k.raised_at) / 60.0)
						           FILTER (WHERE k.acknowledged_at IS NOT NULL) AS p90
						FROM crisis k %s WHERE k.raised_at IS NOT NULL %s"""
					.formatted(CASE_JOIN.formatted("k"), sql.where(
							"COALESCE(c.facility, k.facility)", "c.harm", "c.source", "pd.department", "k.raised_at")),
				sql.params(),
				(row, i) -> new Crises(Tally.read(row, "raised", "raised_people"),
						Tally.read(row, "acknowledged", "acknowledged_people"), Tally.decimal(row, "median"),
						Tally.decimal(row, "p90")));
	}

	/**
	 * Supporters now: not limited by period or facility (the directory has neither), only
	 * by department group.
	 */
	List<ActiveSupporter> activeSupporters(Slice slice, LocalDate today) {
		SliceSql sql = sql(slice);
		return this.jdbc.query(
				"""
						SELECT pd.person, pd.max_active, pd.training_expires_on,
						       (SELECT count(*) FROM assignment a JOIN case_timeline c ON c.case_id = a.case_id
						        WHERE a.supporter = pd.person AND a.accepted_at IS NOT NULL AND c.closed_at IS NULL) AS load
						FROM person_dimension pd
						WHERE pd.supporter AND pd.trained AND pd.active
						  AND (pd.training_expires_on IS NULL OR pd.training_expires_on >= :today) %s"""
					.formatted(sql.where(null, null, null, "pd.department", null)),
				sql.params(Map.of("today", Date.valueOf(today))), (row, i) -> {
					Date expires = row.getDate("training_expires_on");
					return new ActiveSupporter(row.getLong("load"), row.getLong("max_active"),
							(expires != null) ? expires.toLocalDate() : null);
				});
	}

	/**
	 * Incident milestones (RCA, peer review, disclosure, claims) scheduled in the period,
	 * by kind.
	 */
	List<GroupedCounts> milestones(Slice slice) {
		SliceSql sql = sql(slice);
		return this.jdbc.query(
				"""
						SELECT m.kind AS k, grouping(m.kind) AS is_total, count(DISTINCT m.milestone_id) AS milestones,
						       count(DISTINCT i.person) AS milestones_people
						FROM milestone m LEFT JOIN reported_event e ON e.event_id = m.event_id
						LEFT JOIN involvement i ON i.event_id = m.event_id
						WHERE true %s GROUP BY GROUPING SETS ((m.kind), ()) ORDER BY grouping(m.kind), m.kind"""
					.formatted(sql.where("e.facility", "e.harm", SliceSql.INCIDENT, null, "m.scheduled_for")),
				sql.params(), grouped(List.of("milestones")));
	}

	/**
	 * Team debriefs proposed in the period. A debrief belongs to a team event, not to one
	 * case: it has a facility and a time, no harm or department, and its source is
	 * {@code TEAM}.
	 */
	Debriefs debriefs(Slice slice) {
		SliceSql sql = sql(slice);
		return this.jdbc.queryForObject("""
				SELECT count(*) FILTER (WHERE scheduled_at IS NOT NULL) AS scheduled,
				       coalesce(sum(invited) FILTER (WHERE scheduled_at IS NOT NULL), 0) AS scheduled_people,
				       count(*) FILTER (WHERE facilitators_matched > 0) AS staffed,
				       coalesce(sum(invited) FILTER (WHERE facilitators_matched > 0), 0) AS staffed_people,
				       count(*) FILTER (WHERE facilitators_matched = 0 AND held IS NULL) AS unstaffed,
				       coalesce(sum(invited) FILTER (WHERE facilitators_matched = 0 AND held IS NULL), 0)
				           AS unstaffed_people,
				       count(*) FILTER (WHERE held) AS held,
				       coalesce(sum(invited) FILTER (WHERE held), 0) AS held_people,
				       count(*) FILTER (WHERE NOT held) AS not_held,
				       coalesce(sum(invited) FILTER (WHERE NOT held), 0) AS not_held_people,
				       coalesce(sum(attended) FILTER (WHERE held), 0) AS attended,
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM starts_at - proposed_at) / 3600.0)
				           FILTER (WHERE held AND proposed_at IS NOT NULL) AS median_hours
				FROM team_debrief d WHERE true""" + sql.where("d.facility", null, "'TEAM'", null, "d.proposed_at"),
				sql.params(),
				(row, i) -> new Debriefs(Tally.read(row, "scheduled", "scheduled_people"),
						Tally.read(row, "staffed", "staffed_people"), Tally.read(row, "unstaffed", "unstaffed_people"),
						Tally.read(row, "held", "held_people"), Tally.read(row, "not_held", "not_held_people"),
						row.getLong("attended"), Tally.decimal(row, "median_hours")));
	}

	private SliceSql sql(Slice slice) {
		return new SliceSql(slice, this.settings);
	}

	/** Rows of a grouping-sets query: each column a count and its {@code _people}. */
	private static RowMapper<GroupedCounts> grouped(List<String> columns) {
		return (row, i) -> {
			List<Tally> tallies = new ArrayList<>();
			for (String column : columns) {
				tallies.add(Tally.read(row, column, column + "_people"));
			}
			return new GroupedCounts(row.getString("k"), row.getInt("is_total") == 1, List.copyOf(tallies));
		};
	}

}
