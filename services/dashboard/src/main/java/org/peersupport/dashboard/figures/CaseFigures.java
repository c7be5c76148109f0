package org.peersupport.dashboard.figures;

import java.util.List;
import java.util.Map;

import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.dashboard.suppression.Measure;
import org.peersupport.dashboard.suppression.TableDraft;
import org.peersupport.dashboard.suppression.TableDraft.Position;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Figures about outreach cases: reach, outcomes, timeliness and the operational measures.
 * A case is one clinician's outreach after one or more coalesced events; its offer,
 * acceptance and first-contact times are derived here from the offer and check-in facts,
 * so no arrival order is trusted.
 */
@Component
class CaseFigures {

	/** One row per case in the slice, with its derived times (period = case opened). */
	private static final String CASES = """
			WITH cases AS (
			  SELECT c.case_id, c.person, c.facility, c.harm, pd.department, c.first_received_at AS received_at,
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
			  WHERE c.first_received_at IS NOT NULL %s)
			""";

	private static final String DECLINED = "(close_reason = 'DECLINED_BY_CLINICIAN' OR declined_at IS NOT NULL)";

	private static final String HOURS = "EXTRACT(EPOCH FROM %s - %s) / 3600.0";

	private final NamedParameterJdbcTemplate jdbc;

	private final DashboardSettings settings;

	CaseFigures(NamedParameterJdbcTemplate jdbc, DashboardSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	private SliceSql sql(Slice slice) {
		return new SliceSql(slice, this.settings);
	}

	private static String cases(SliceSql sql) {
		return CASES.formatted(sql.where("c.facility", "c.harm", "pd.department", "c.first_received_at"));
	}

	/** Reach in distinct clinicians; also the headline's event count. */
	TableDraft reach(Slice slice) {
		SliceSql sql = sql(slice);
		Map<String, Object> involved = this.jdbc.queryForMap("""
				SELECT count(DISTINCT e.event_id) AS events, count(DISTINCT i.person) AS people
				FROM reported_event e JOIN involvement i ON i.event_id = e.event_id
				LEFT JOIN person_dimension pd ON pd.person = i.person
				WHERE true""" + sql.where("e.facility", "e.harm", "pd.department", "e.received_at"), sql.params());
		Map<String, Object> reach = this.jdbc.queryForMap(cases(sql) + """
				SELECT count(DISTINCT person) AS opened,
				       count(DISTINCT person) FILTER (WHERE offered_at IS NOT NULL) AS offered,
				       count(DISTINCT person) FILTER (WHERE accepted_at IS NOT NULL) AS accepted,
				       count(DISTINCT person) FILTER (WHERE contacted_at IS NOT NULL) AS reached,
				       count(DISTINCT person) FILTER (WHERE %s) AS declined,
				       count(DISTINCT person) FILTER (WHERE close_reason = 'OPTED_OUT') AS opted_out,
				       count(DISTINCT person) FILTER (WHERE close_reason = 'OUT_OF_SCOPE') AS out_of_scope
				FROM cases""".formatted(DECLINED), sql.params());
		TableDraft table = new TableDraft("reach", "Reach (distinct clinicians)", List.of("Clinicians"));
		long events = number(involved, "events");
		long people = number(involved, "people");
		table.count(table.row("events", "Events reported"), 0, events, people);
		table.count(table.row("involved", "Involved clinicians"), 0, people, people);
		for (String[] row : new String[][] { { "opened", "With an outreach case" },
				{ "offered", "Offered to a supporter" }, { "accepted", "Accepted by a supporter" },
				{ "reached", "Reached (first contact)" }, { "declined", "Declined support" },
				{ "opted_out", "Opted out" }, { "out_of_scope", "Out of scope" } }) {
			long value = number(reach, row[0]);
			table.count(table.row(row[0].replace('_', '-'), row[1]), 0, value, value);
		}
		return table;
	}

	/** Cases by how they ended, which add up to all cases opened. */
	TableDraft outcomes(Slice slice) {
		SliceSql sql = sql(slice);
		List<Map<String, Object>> rows = this.jdbc.queryForList(cases(sql) + """
				SELECT COALESCE(close_reason, 'OPEN') AS outcome, count(*) AS cases, count(DISTINCT person) AS people
				FROM cases GROUP BY 1""", sql.params());
		Map<String, Object> all = this.jdbc.queryForMap(
				cases(sql) + "SELECT count(*) AS cases, count(DISTINCT person) AS people FROM cases", sql.params());
		TableDraft table = new TableDraft("outcomes", "Case outcomes", List.of("Cases"));
		int total = table.row("all", "Cases opened");
		table.count(total, 0, number(all, "cases"), number(all, "people"));
		countRow(table, rows, "OPEN", "Still open");
		for (CloseReason reason : CloseReason.values()) {
			countRow(table, rows, reason.name(), label(reason.name()));
		}
		table.rowsAddUpTo(total);
		return table;
	}

	private static void countRow(TableDraft table, List<Map<String, Object>> rows, String key, String label) {
		Map<String, Object> found = rows.stream().filter((r) -> key.equals(r.get("outcome"))).findFirst().orElse(null);
		table.count(table.row(key, label), 0, (found != null) ? number(found, "cases") : 0,
				(found != null) ? number(found, "people") : 0);
	}

	/** The reach funnel in cases, broken down by facility, department group or harm. */
	TableDraft breakdown(Slice slice, Breakdown by) {
		SliceSql sql = sql(slice);
		String dimension = switch (by) {
			case FACILITY -> "COALESCE(facility, '(none)')";
			case DEPARTMENT_GROUP -> sql.departmentGroup("department");
			case HARM -> "COALESCE(harm, 'UNKNOWN')";
		};
		List<Map<String, Object>> rows = this.jdbc.queryForList(cases(sql) + """
				, keyed AS (SELECT %s AS k, * FROM cases)
				SELECT k, grouping(k) AS is_total, count(*) AS cases, count(DISTINCT person) AS people,
				       count(*) FILTER (WHERE offered_at IS NOT NULL) AS offered,
				       count(DISTINCT person) FILTER (WHERE offered_at IS NOT NULL) AS offered_people,
				       count(*) FILTER (WHERE accepted_at IS NOT NULL) AS accepted,
				       count(DISTINCT person) FILTER (WHERE accepted_at IS NOT NULL) AS accepted_people,
				       count(*) FILTER (WHERE contacted_at IS NOT NULL) AS reached,
				       count(DISTINCT person) FILTER (WHERE contacted_at IS NOT NULL) AS reached_people
				FROM keyed GROUP BY GROUPING SETS ((k), ()) ORDER BY grouping(k), k""".formatted(dimension),
				sql.params());
		TableDraft table = new TableDraft(by.table(), "Cases by " + by.label(),
				List.of("Cases", "Offered", "Accepted", "Reached"));
		int total = -1;
		for (Map<String, Object> row : rows) {
			boolean isTotal = number(row, "is_total") == 1;
			String key = isTotal ? "all" : String.valueOf(row.get("k"));
			int index = table.row(key, isTotal ? "All" : key);
			if (isTotal) {
				total = index;
			}
			table.count(index, 0, number(row, "cases"), number(row, "people"));
			table.count(index, 1, number(row, "offered"), number(row, "offered_people"));
			table.count(index, 2, number(row, "accepted"), number(row, "accepted_people"));
			table.count(index, 3, number(row, "reached"), number(row, "reached_people"));
		}
		if (total >= 0) {
			table.rowsAddUpTo(total);
		}
		return table;
	}

	/** Median and p90 of the three intervals, in hours. */
	TableDraft timeliness(Slice slice) {
		SliceSql sql = sql(slice);
		TableDraft table = new TableDraft("timeliness", "Timeliness", List.of("Cases", "Median", "90th percentile"));
		interval(table, sql, "report-to-offer", "Report → offer", "offered_at", "received_at");
		interval(table, sql, "offer-to-acceptance", "Offer → acceptance", "accepted_at", "offered_at");
		interval(table, sql, "report-to-first-contact", "Report → first contact", "contacted_at", "received_at");
		return table;
	}

	private void interval(TableDraft table, SliceSql sql, String key, String label, String end, String start) {
		String hours = HOURS.formatted(end, start);
		Map<String, Object> row = this.jdbc.queryForMap(cases(sql) + """
				SELECT count(*) AS cases, count(DISTINCT person) AS people,
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY %1$s) AS median,
				       percentile_cont(0.9) WITHIN GROUP (ORDER BY %1$s) AS p90
				FROM cases WHERE %2$s IS NOT NULL AND %3$s IS NOT NULL""".formatted(hours, end, start), sql.params());
		int index = table.row(key, label);
		long people = number(row, "people");
		table.count(index, 0, number(row, "cases"), people);
		table.statistic(index, 1, Measure.HOURS, decimal(row, "median"), people);
		table.statistic(index, 2, Measure.HOURS, decimal(row, "p90"), people);
	}

	/** Cases first offered before the end of their policy window ({@code respondBy}). */
	TableDraft policyWindow(Slice slice) {
		SliceSql sql = sql(slice);
		Map<String, Object> row = this.jdbc.queryForMap(cases(sql) + """
				SELECT count(*) AS offered, count(DISTINCT person) AS offered_people,
				       count(*) FILTER (WHERE offered_at <= respond_by) AS within,
				       count(DISTINCT person) FILTER (WHERE offered_at <= respond_by) AS within_people
				FROM cases WHERE offered_at IS NOT NULL AND respond_by IS NOT NULL""", sql.params());
		long offered = number(row, "offered");
		long within = number(row, "within");
		TableDraft table = new TableDraft("policy-window", "Offered within the policy window",
				List.of("Cases", "Share"));
		int all = table.row("offered", "Offered (with a policy window)");
		int in = table.row("within", "Offered within the window");
		int late = table.row("late", "Offered after the window");
		table.count(all, 0, offered, number(row, "offered_people"));
		table.count(in, 0, within, number(row, "within_people"));
		table.count(late, 0, offered - within, number(row, "offered_people") - number(row, "within_people"));
		table.share(in, 1, within, offered, new Position(in, 0), new Position(all, 0));
		table.share(late, 1, offered - within, offered, new Position(late, 0), new Position(all, 0));
		table.sum(new Position(all, 0), List.of(new Position(in, 0), new Position(late, 0)));
		return table;
	}

	/**
	 * Cases opened, median report → offer and the share within the window, per bucket.
	 */
	TableDraft trend(Slice slice) {
		SliceSql sql = sql(slice);
		String hours = HOURS.formatted("offered_at", "received_at");
		List<Map<String, Object>> rows = this.jdbc.queryForList(cases(sql) + """
				SELECT %s AS bucket, count(*) AS cases, count(DISTINCT person) AS people,
				       count(DISTINCT person) FILTER (WHERE offered_at IS NOT NULL) AS offered_people,
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY %s) FILTER (WHERE offered_at IS NOT NULL) AS median,
				       count(*) FILTER (WHERE offered_at IS NOT NULL AND respond_by IS NOT NULL) AS windowed,
				       count(*) FILTER (WHERE offered_at <= respond_by) AS within
				FROM cases GROUP BY 1 ORDER BY 1""".formatted(sql.bucket("received_at"), hours), sql.params());
		TableDraft table = new TableDraft("trend", "Trend per " + slice.granularity().name().toLowerCase(),
				List.of("Cases opened", "Median report → offer", "Offered within window"));
		long cases = 0;
		long people = 0;
		for (Map<String, Object> row : rows) {
			int index = table.row(String.valueOf(row.get("bucket")), String.valueOf(row.get("bucket")));
			table.count(index, 0, number(row, "cases"), number(row, "people"));
			table.statistic(index, 1, Measure.HOURS, decimal(row, "median"), number(row, "offered_people"));
			table.share(index, 2, number(row, "within"), number(row, "windowed"));
			cases += number(row, "cases");
			people += number(row, "people");
		}
		int total = table.row("all", "All");
		table.count(total, 0, cases, people);
		table.rowsAddUpTo(total);
		return table;
	}

	/** The program measures the literature reports; defined in docs/dashboard.md. */
	TableDraft operational(Slice slice) {
		SliceSql sql = sql(slice);
		Map<String, Object> row = this.jdbc.queryForMap(cases(sql) + """
				SELECT count(*) AS cases, count(DISTINCT person) AS people,
				       count(DISTINCT person) FILTER (WHERE offered_at IS NOT NULL) AS offered,
				       count(DISTINCT person) FILTER (WHERE contacted_at IS NOT NULL) AS reached,
				       count(DISTINCT person) FILTER (WHERE %s) AS declined,
				       count(*) FILTER (WHERE escalated) AS escalated,
				       count(DISTINCT person) FILTER (WHERE escalated) AS escalated_people
				FROM cases""".formatted(DECLINED), sql.params());
		Map<String, Object> interactions = this.jdbc.queryForMap(
				cases(sql)
						+ """
								, per_person AS (SELECT person, sum(checkins) AS checkins FROM cases GROUP BY person HAVING sum(checkins) > 0)
								SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY checkins) AS median, count(*) AS people
								FROM per_person""",
				sql.params());
		TableDraft table = new TableDraft("operational", "Operational evaluation",
				List.of("Value", "Numerator", "Denominator"));
		ratio(table, "reach-rate", "Reach (clinicians reached ÷ clinicians with a case)", number(row, "reached"),
				number(row, "reached"), number(row, "people"), number(row, "people"));
		ratio(table, "decline-rate", "Decline rate (declined ÷ offered)", number(row, "declined"),
				number(row, "declined"), number(row, "offered"), number(row, "offered"));
		ratio(table, "escalation-rate", "Escalation rate (cases escalated ÷ cases opened)", number(row, "escalated"),
				number(row, "escalated_people"), number(row, "cases"), number(row, "people"));
		int median = table.row("median-interactions", "Median check-ins per clinician with a check-in");
		table.statistic(median, 0, Measure.NUMBER, decimal(interactions, "median"), number(interactions, "people"));
		table.count(median, 2, number(interactions, "people"), number(interactions, "people"));
		return table;
	}

	private static void ratio(TableDraft table, String key, String label, long part, long partPeople, long whole,
			long wholePeople) {
		int index = table.row(key, label);
		table.count(index, 1, part, partPeople);
		table.count(index, 2, whole, wholePeople);
		table.share(index, 0, part, whole, new Position(index, 1), new Position(index, 2));
	}

	static String label(String code) {
		String words = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	static long number(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return (value instanceof Number n) ? n.longValue() : 0;
	}

	static Double decimal(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return (value instanceof Number n) ? n.doubleValue() : null;
	}

	/** The dimensions the funnel can be broken down by. */
	enum Breakdown {

		FACILITY("reach-by-facility", "facility"), DEPARTMENT_GROUP("reach-by-department-group", "department group"),
		HARM("reach-by-harm", "harm level");

		private final String table;

		private final String label;

		Breakdown(String table, String label) {
			this.table = table;
			this.label = label;
		}

		String table() {
			return this.table;
		}

		String label() {
			return this.label;
		}

	}

	static List<String> harmLevels() {
		return java.util.Arrays.stream(HarmLevel.values()).map(Enum::name).toList();
	}

}
