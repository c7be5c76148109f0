package org.peersupport.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every row of every table of a database, as text, for canary tests: a value a test
 * planted must (or must not) appear anywhere a service could have stored it, including
 * tables nobody thought of when the test was written.
 */
public final class TableScan {

	private TableScan() {
	}

	/**
	 * A table's row as PostgreSQL prints it ({@code t::text}), with the table it is in.
	 */
	public record Row(String table, String text) {

		public boolean contains(String value) {
			return this.text.contains(value);
		}

	}

	/**
	 * Every row of every table outside PostgreSQL's own schemas.
	 * @param jdbcUrl the database
	 */
	public static List<Row> everyRow(String jdbcUrl, String user, String password) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
				Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet found = statement
				.executeQuery("SELECT table_schema || '.' || table_name FROM information_schema.tables "
						+ "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'")) {
				while (found.next()) {
					tables.add(found.getString(1));
				}
			}
			List<Row> rows = new ArrayList<>();
			for (String table : tables) {
				try (ResultSet all = statement.executeQuery("SELECT t::text FROM " + table + " t")) {
					while (all.next()) {
						rows.add(new Row(table, all.getString(1)));
					}
				}
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read every table of " + jdbcUrl, ex);
		}
	}

	/** The rows of every table that contain {@code value}. */
	public static List<Row> rowsContaining(String jdbcUrl, String user, String password, String value) {
		return everyRow(jdbcUrl, user, password).stream().filter((row) -> row.contains(value)).toList();
	}

}
