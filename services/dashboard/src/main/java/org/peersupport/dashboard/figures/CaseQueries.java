package org.peersupport.dashboard.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peersupport.dashboard.figures.CaseRows.CheckinsPerClinician;
import org.peersupport.dashboard.figures.CaseRows.FunnelRow;
import org.peersupport.dashboard.figures.CaseRows.Interval;
import org.peersupport.dashboard.figures.CaseRows.Involvement;
import org.peersupport.dashboard.figures.CaseRows.Operational;
import org.peersupport.dashboard.figures.CaseRows.PolicyWindow;
import org.peersupport.dashboard.figures.CaseRows.Reach;
import org.peersupport.dashboard.figures.CaseRows.TrendRow;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL reads behind the case figures, each returning typed rows. A case is one
 * clinician's outreach after one or more coalesced events; its offer, acceptance and
 * first-contact times are derived here from the offer and check-in facts, so no arrival
 * order is trusted. Every count comes with its distinct people.
 */
@Component
class CaseQueries {

	/**
	 * One row per case in the slice, with its derived times (period = case opened). A
	 * case closed at once (the clinician opted out, or is outside the program's scope)
	 * has only its closed event: it counts from when it closed.
	 */
	private static final String CASES = """
			WITH cases AS (
			  SELECT c.case_id, c.person, c.facility, c.harm, COALESCE(c.source, 'INCIDENT') AS source, pd.department,
			         COALESCE(c.first_received_at, c.closed_at) AS received_at,
			         c.respond_by, c.closed_at, c.close_reason, o.offered_at, o.accepted_at,
			         k.contacted_at, k.declined_at, k.checkins,
			         EXISTS (SELECT 1 FROM escalation e WHERE e.case_id = c.case_id) AS escalated
			  FROM case_timeline c
			  LEFT JOIN person_dimension pd ON pd.person = c.person
			  LEFT JOIN LATERAL (SELECT min(a.offered_at) AS offered_at, min(a.accepted_at) AS accepted_at
			                     FROM assignment a WHERE a.case_id = c.case_id) o ON true
			  LEFT JOIN LATERAL (SELECT min(x.completed_at) FILTER (WHERE x.contact = 'REACHED') AS contacted_at,
			                            min(x.completed_at) FILTER (WHERE x.contact = 'DECLINED') AS declined_at,
			                            count(*) AS checkins
			                     FROM checkin x WHERE x.case_id = c.case_id) k ON true
			  WHERE COALESCE(c.first_received_at, c.closed_at) IS NOT NULL %s)
			""";

	private static final String DECLINED = "(close_reason = 'DECLINED_BY_CLINICIAN' OR declined_at IS NOT NULL)";

	private static final String HOURS = "EXTRACT(EPOCH FROM %s - %s) / 3600.0";

	private final NamedParameterJdbcTemplate jdbc;

	private final DashboardSettings settings;

	CaseQueries(NamedParameterJdbcTemplate jdbc, DashboardSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** Events reported in the slice and the distinct clinicians they involve. */
	Involvement involvement(Slice slice) {
		SliceSql sql = sql(slice);
		return this.jdbc.queryForObject("""
				SELECT count(DISTINCT e.event_id) AS events, count(DISTINCT i.person) AS people
				FROM reported_event e JOIN involvement i ON i.event_id = e.event_id
				LEFT JOIN person_dimension pd ON pd.person = i.person
				WHERE true""" + sql.where("e.facility", "e.harm", SliceSql.INCIDENT, "pd.department", "e.received_at"),
				sql.params(), (row, i) -> new Involvement(row.getLong("events"), row.getLong("people")));
	}

	/** How far outreach got, in distinct clinicians. */
	Reach reach(Slice slice) {
		SliceSql sql = sql(slice);
		return this.jdbc.queryForObject(cases(sql) + """
				SELECT count(DISTINCT person) AS opened,
				       count(DISTINCT person) FILTER (WHERE offered_at IS NOT NULL) AS offered,
				       count(DISTINCT person) FILTER (WHERE accepted_at IS NOT NULL) AS accepted,
				       count(DISTINCT person) FILTER (WHERE contacted_at IS NOT NULL) AS reached,
				       count(DISTINCT person) FILTER (WHERE %s) AS declined,
				       count(DISTINCT person) FILTER (WHERE close_reason = 'OPTED_OUT') AS opted_out,
				       count(DISTINCT person) FILTER (WHERE close_reason = 'OUT_OF_SCOPE') AS out_of_scope
				FROM cases""".formatted(DECLINED), sql.params(),
				(row, i) -> new Reach(row.getLong("opened"), row.getLong("offered"), row.getLong("accepted"),
						row.getLong("reached"), row.getLong("declined"), row.getLong("opted_out"),
						row.getLong("out_of_scope")));
	}

	/** Every case opened in the slice. */
	Tally opened(Slice slice) {
		SliceSql sql = sql(slice);
		return this.jdbc.queryForObject(
				cases(sql) + "SELECT count(*) AS cases, count(DISTINCT person) AS people FROM cases", sql.params(),
				(row, i) -> Tally.read(row, "cases", "people"));
	}

	/**
	 * Cases by how they ended: a close reason, or {@code OPEN}; outcomes without cases
	 * are absent.
	 */
	Map<String, Tally> outcomes(Slice slice) {
		SliceSql sql = sql(slice);
		Map<String, Tally> outcomes = new HashMap<>();
		this.jdbc.query(cases(sql) + """
				SELECT COALESCE(close_reason, 'OPEN') AS outcome, count(*) AS cases, count(DISTINCT person) AS people
				FROM cases GROUP BY 1""", sql.params(), (RowCallbackHandler) (row) -> outcomes
			.put(row.getString("outcome"), Tally.read(row, "cases", "people")));
		return outcomes;
	}

	/** The funnel in cases for each value of the dimension, then for all of them. */
	List<FunnelRow> funnel(Slice slice, Breakdown by) {
		SliceSql sql = sql(slice);
		String dimension = switch (by) {
			case FACILITY -> "COALESCE(facility, '(none)')";
			case DEPARTMENT_GROUP -> sql.departmentGroup("department");
			case HARM -> "COALESCE(harm, 'UNKNOWN')";
			case SOURCE -> "source";
		};
		return this.jdbc.query(cases(sql) + """
				, keyed AS (SELECT %s AS k, * FROM cases)
				SELECT k, grouping(k) AS is_total, count(*) AS cases, count(DISTINCT person) AS people,
				       count(*) FILTER (WHERE offered_at IS NOT NULL) AS offered,
				       count(DISTINCT person) FILTER (WHERE offered_at IS NOT NULL) AS offered_people,
				       count(*) FILTER (WHERE accepted_at IS NOT NULL) AS accepted,
				       count(DISTINCT person) FILTER (WHERE accepted_at IS NOT NULL) AS accepted_people,
				       count(*) FILTER (WHERE contacted_at IS NOT NULL) AS reached,
				       count(DISTINCT person) FILTER (WHERE contacted_at IS NOT NULL) AS reached_people
				FROM keyed GROUP BY GROUPING SETS ((k), ()) ORDER BY grouping(k), k""".formatted(dimension),
				sql.params(),
				(row, i) -> new FunnelRow(row.getString("k"), row.getInt("is_total") == 1,
						Tally.read(row, "cases", "people"), Tally.read(row, "offered", "offered_people"),
						Tally.read(row, "accepted", "accepted_people"), Tally.read(row, "reached", "reached_people")));
	}

	/** Median and p90, in hours, of one interval over the cases that have both ends. */
	Interval interval(Slice slice, Span span) {
		SliceSql sql = sql(slice);
		String hours = HOURS.formatted(span.end, span.start);
		return this.jdbc.queryForObject(cases(sql) + """
				SELECT count(*) AS cases, count(DISTINCT person) AS people,
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY %1$s) AS median,
				       percentile_cont(0.9) WITHIN GROUP (ORDER BY %1$s) AS p90
				FROM cases WHERE %2$s IS NOT NULL AND %3$s IS NOT NULL""".formatted(hours, span.end, span.start),
				sql.params(), (row, i) -> new Interval(Tally.read(row, "cases", "people"), Tally.decimal(row, "median"),
						Tally.decimal(row, "p90")));
	}

	/** Cases first offered, with a policy window, and those offered within it. */
	PolicyWindow policyWindow(Slice slice) {
		SliceSql sql = sql(slice);
		return this.jdbc.queryForObject(cases(sql) + """
				SELECT count(*) AS offered, count(DISTINCT person) AS offered_people,
				       count(*) FILTER (WHERE offered_at <= respond_by) AS within,
				       count(DISTINCT person) FILTER (WHERE offered_at <= respond_by) AS within_people
				FROM cases WHERE offered_at IS NOT NULL AND respond_by IS NOT NULL""", sql.params(),
				(row, i) -> new PolicyWindow(Tally.read(row, "offered", "offered_people"),
						Tally.read(row, "within", "within_people")));
	}

	/** Per bucket of the slice's granularity, in order. */
	List<TrendRow> trend(Slice slice) {
		SliceSql sql = sql(slice);
		String hours = HOURS.formatted("offered_at", "received_at");
		return this.jdbc.query(cases(sql) + """
				SELECT %s AS bucket, count(*) AS cases, count(DISTINCT person) AS people,
				       count(DISTINCT person) FILTER (WHERE offered_at IS NOT NULL) AS offered_people,
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY %s) FILTER (WHERE offered_at IS NOT NULL) AS median,
				       count(*) FILTER (WHERE offered_at IS NOT NULL AND respond_by IS NOT NULL) AS windowed,
				       count(*) FILTER (WHERE offered_at <= respond_by) AS within
				FROM cases GROUP BY 1 ORDER BY 1""".formatted(sql.bucket("received_at"), hours), sql.params(),
				(row, i) -> new TrendRow(row.getString("bucket"), Tally.read(row, "cases", "people"),
						row.getLong("offered_people"), Tally.decimal(row, "median"), row.getLong("windowed"),
						row.getLong("within")));
	}

	/** The numerators and denominators of the program measures. */
	Operational operational(Slice slice) {
		SliceSql sql = sql(slice);
		return this.jdbc.queryForObject(cases(sql) + """
				SELECT count(*) AS cases, count(DISTINCT person) AS people,
				       count(DISTINCT person) FILTER (WHERE offered_at IS NOT NULL) AS offered,
				       count(DISTINCT person) FILTER (WHERE contacted_at IS NOT NULL) AS reached,
				       count(DISTINCT person) FILTER (WHERE %s) AS declined,
				       count(*) FILTER (WHERE escalated) AS escalated,
				       count(DISTINCT person) FILTER (WHERE escalated) AS escalated_people
				FROM cases""".formatted(DECLINED), sql.params(),
				(row, i) -> new Operational(Tally.read(row, "cases", "people"), row.getLong("offered"),
						row.getLong("reached"), row.getLong("declined"),
						Tally.read(row, "escalated", "escalated_people")));
	}

	/** The median number of check-ins among clinicians with at least one. */
	CheckinsPerClinician checkins(Slice slice) {
		SliceSql sql = sql(slice);
		return this.jdbc.queryForObject(
				cases(sql)
						+ """
								, per_person AS (SELECT person, sum(checkins) AS checkins FROM cases GROUP BY person HAVING sum(checkins) > 0)
								SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY checkins) AS median, count(*) AS people
								FROM per_person""",
				sql.params(),
				(row, i) -> new CheckinsPerClinician(Tally.decimal(row, "median"), row.getLong("people")));
	}

	private SliceSql sql(Slice slice) {
		return new SliceSql(slice, this.settings);
	}

	private static String cases(SliceSql sql) {
		return CASES.formatted(sql.where("c.facility", "c.harm", "c.source", "pd.department",
				"COALESCE(c.first_received_at, c.closed_at)"));
	}

	/** The intervals timeliness is measured over: from one derived time to another. */
	enum Span {

		REPORT_TO_OFFER("received_at", "offered_at"), OFFER_TO_ACCEPTANCE("offered_at", "accepted_at"),
		REPORT_TO_FIRST_CONTACT("received_at", "contacted_at");

		private final String start;

		private final String end;

		Span(String start, String end) {
			this.start = start;
			this.end = end;
		}

	}

}
