package org.peersupport.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

/**
 * One service's schema as text, for its privacy tests: which tables still name a value
 * after a purge or an erasure, and how many rows (what a redelivery must not change).
 * {@link TableScan} does the same over every service's schema at once.
 */
public final class SchemaScan {

	private final DataSource dataSource;

	private SchemaScan(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** The tables of the connection's current schema (Flyway's history left out). */
	public static SchemaScan of(DataSource dataSource) {
		return new SchemaScan(dataSource);
	}

	/** Every table with a row whose text contains {@code value}. */
	public Set<String> tablesNaming(String value) {
		Set<String> tables = new TreeSet<>();
		for (String table : tables()) {
			if (rowsOf(table, value) > 0) {
				tables.add(table);
			}
		}
		return tables;
	}

	/**
	 * Per table, how many rows name any of the values; the outbox and the inbox are left
	 * out (a redelivery adds to them by design).
	 */
	public Map<String, Integer> rowsNaming(String... values) {
		Map<String, Integer> counts = new TreeMap<>();
		for (String table : tables()) {
			if (!Set.of("processed_event", "outbox_message").contains(table)) {
				int rows = 0;
				for (String value : values) {
					rows += rowsOf(table, value);
				}
				counts.put(table, rows);
			}
		}
		return counts;
	}

	/** Every row of every table, each as its text form. */
	public List<String> everyRow() {
		List<String> rows = new ArrayList<>();
		for (String table : tables()) {
			query("SELECT t::text FROM \"" + table + "\" t", null, (result) -> rows.add(result.getString(1)));
		}
		return rows;
	}

	private int rowsOf(String table, String value) {
		int[] count = new int[1];
		query("SELECT count(*) FROM \"" + table + "\" t WHERE strpos(t::text, ?) > 0", value,
				(result) -> count[0] = result.getInt(1));
		return count[0];
	}

	private List<String> tables() {
		List<String> tables = new ArrayList<>();
		query("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
				+ "AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'flyway%'", null,
				(result) -> tables.add(result.getString(1)));
		return tables;
	}

	private interface RowHandler {

		void row(ResultSet result) throws SQLException;

	}

	private void query(String sql, String parameter, RowHandler handler) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			if (parameter != null) {
				statement.setString(1, parameter);
			}
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					handler.row(result);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not scan the schema: " + sql, ex);
		}
	}

}
