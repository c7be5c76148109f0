package org.peersupport.messaging.metrics;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bounded counts for gauges: a backlog that has grown to millions of rows must not turn
 * every scrape into a full scan. A gauge at {@link #CAP} means "at least that many",
 * which is alarm enough.
 */
public final class TableCounts {

	/** The most rows a gauge counts. */
	public static final int CAP = 100_000;

	private TableCounts() {
	}

	/**
	 * Counts the rows of {@code table} that match {@code where}, up to {@link #CAP}.
	 * @param jdbc the service's database
	 * @param table a table of the service's schema (a constant, never input)
	 * @param where a condition (a constant, never input), "true" for every row
	 * @param args the condition's parameters
	 */
	public static long upToCap(JdbcTemplate jdbc, String table, String where, Object... args) {
		Long count = jdbc.queryForObject(
				"SELECT count(*) FROM (SELECT 1 FROM " + table + " WHERE " + where + " LIMIT " + CAP + ") AS counted",
				Long.class, args);
		return (count != null) ? count : 0;
	}

}
