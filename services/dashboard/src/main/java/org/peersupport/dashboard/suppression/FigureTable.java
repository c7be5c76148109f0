package org.peersupport.dashboard.suppression;

import java.util.List;

/**
 * A table after suppression: the only form in which figures leave the dashboard.
 *
 * @param name the stable name, also the CSV export's name
 * @param title what the table shows
 * @param columns the column headings
 * @param rows the rows
 */
public record FigureTable(String name, String title, List<String> columns, List<Row> rows) {

	public Cell cell(String rowKey, int column) {
		return this.rows.stream()
			.filter((row) -> row.key().equals(rowKey))
			.findFirst()
			.map((row) -> row.cells().get(column))
			.orElse(null);
	}

	/**
	 * A row of a table.
	 *
	 * @param key a stable code (a reason code, a facility code, a date)
	 * @param label what the row is called on the page
	 * @param cells one per column
	 */
	public record Row(String key, String label, List<Cell> cells) {
	}

}
