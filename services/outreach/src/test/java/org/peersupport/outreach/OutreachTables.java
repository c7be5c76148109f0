package org.peersupport.outreach;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Outreach's schema as text, for the privacy tests that look for an id anywhere in it.
 */
final class OutreachTables {

	private OutreachTables() {
	}

	/** Every row of every table of the current schema, each as its text form. */
	static List<String> everyRowOfEveryTable(JdbcTemplate jdbc) {
		List<String> rows = new ArrayList<>();
		for (String table : jdbc.queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
				String.class)) {
			rows.addAll(jdbc.queryForList("SELECT t::text FROM \"" + table + "\" t", String.class));
		}
		return rows;
	}

}
