package org.peersupport.dashboard.suppression;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of raw figures before suppression. Every cell knows how many distinct people it
 * was drawn from, and the table declares which cells add up to which (so that
 * complementary suppression knows what an attacker could subtract).
 */
public final class TableDraft {

	private final String name;

	private final String title;

	private final List<String> columns;

	private final List<DraftRow> rows = new ArrayList<>();

	private final List<Sum> sums = new ArrayList<>();

	public TableDraft(String name, String title, List<String> columns) {
		this.name = name;
		this.title = title;
		this.columns = List.copyOf(columns);
	}

	/** Adds an empty row and returns its index. */
	public int row(String key, String label) {
		this.rows.add(new DraftRow(key, label, new Draft[this.columns.size()]));
		return this.rows.size() - 1;
	}

	/** A count of cases or people, drawn from {@code people} distinct people. */
	public void count(int row, int column, long value, long people) {
		set(row, column, new Draft(Measure.COUNT, (double) value, people, 0, 0, List.of()));
	}

	/**
	 * A statistic (median, p90) over a sample of {@code people} distinct people; null
	 * when there is no data.
	 */
	public void statistic(int row, int column, Measure measure, Double value, long people) {
		set(row, column, new Draft(measure, value, people, 0, 0, List.of()));
	}

	/**
	 * A share {@code part / whole} of two counts. It is hidden when either the part or
	 * the rest ({@code whole - part}) is a small cell, since the share and the whole give
	 * both away, and when any of the {@code shownInputs} (cells of this table it is
	 * computed from) is hidden.
	 */
	public void share(int row, int column, long part, long whole, Position... shownInputs) {
		Double value = (whole > 0) ? (double) part / whole : null;
		set(row, column, new Draft(Measure.SHARE, value, whole, part, whole, List.of(shownInputs)));
	}

	/** Declares that the {@code parts} add up to {@code total}. */
	public void sum(Position total, List<Position> parts) {
		this.sums.add(new Sum(total, List.copyOf(parts)));
	}

	/**
	 * Declares that in every column of counts, the other rows add up to {@code totalRow}.
	 */
	public void rowsAddUpTo(int totalRow) {
		for (int column = 0; column < this.columns.size(); column++) {
			if (this.rows.get(totalRow).cells()[column] == null
					|| this.rows.get(totalRow).cells()[column].measure() != Measure.COUNT) {
				continue;
			}
			List<Position> parts = new ArrayList<>();
			for (int row = 0; row < this.rows.size(); row++) {
				if (row != totalRow) {
					parts.add(new Position(row, column));
				}
			}
			sum(new Position(totalRow, column), parts);
		}
	}

	public int rowCount() {
		return this.rows.size();
	}

	public String name() {
		return this.name;
	}

	String title() {
		return this.title;
	}

	List<String> columns() {
		return this.columns;
	}

	List<DraftRow> rows() {
		return this.rows;
	}

	List<Sum> sums() {
		return this.sums;
	}

	Draft at(Position position) {
		return this.rows.get(position.row()).cells()[position.column()];
	}

	/** The same cell in another version of this table (matched by row key), or null. */
	Draft matching(String rowKey, int column) {
		for (DraftRow row : this.rows) {
			if (row.key().equals(rowKey)) {
				return row.cells()[column];
			}
		}
		return null;
	}

	private void set(int row, int column, Draft draft) {
		this.rows.get(row).cells()[column] = draft;
	}

	/** A cell's place in a table. */
	public record Position(int row, int column) {
	}

	record Draft(Measure measure, Double value, long people, long part, long whole, List<Position> inputs) {
	}

	record DraftRow(String key, String label, Draft[] cells) {
	}

	record Sum(Position total, List<Position> parts) {
	}

}
