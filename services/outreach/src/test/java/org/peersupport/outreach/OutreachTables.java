package org.peersupport.outreach;

import java.util.List;

import org.peersupport.testkit.SchemaScan;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Outreach's schema as text, for the privacy tests that look for an id anywhere in it.
 */
final class OutreachTables {

	private OutreachTables() {
	}

	/** Every row of every table of the current schema, each as its text form. */
	static List<String> everyRowOfEveryTable(JdbcTemplate jdbc) {
		return SchemaScan.of(jdbc.getDataSource()).everyRow();
	}

}
