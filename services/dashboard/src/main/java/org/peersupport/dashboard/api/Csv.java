package org.peersupport.dashboard.api;

import java.util.List;

import org.peersupport.dashboard.figures.AttentionCase;
import org.peersupport.dashboard.suppression.Cell;
import org.peersupport.dashboard.suppression.FigureTable;
import org.peersupport.web.CsvWriter;

/**
 * The dashboard's exports as CSV, by the platform's convention ({@link CsvWriter}: RFC
 * 4180, and no label becomes a spreadsheet formula).
 */
final class Csv {

	private Csv() {
	}

	static String of(FigureTable table) {
		CsvWriter csv = new CsvWriter().line(header(table.columns()));
		for (FigureTable.Row row : table.rows()) {
			String[] fields = new String[row.cells().size() + 2];
			fields[0] = row.key();
			fields[1] = row.label();
			for (int i = 0; i < row.cells().size(); i++) {
				fields[i + 2] = value(row.cells().get(i));
			}
			csv.line(fields);
		}
		return csv.toString();
	}

	static String of(List<AttentionCase> cases) {
		CsvWriter csv = new CsvWriter().line("caseId", "reason", "since");
		for (AttentionCase attention : cases) {
			csv.line(attention.caseId(), attention.reason(), attention.since().toString());
		}
		return csv.toString();
	}

	private static String[] header(List<String> columns) {
		String[] header = new String[columns.size() + 2];
		header[0] = "key";
		header[1] = "row";
		for (int i = 0; i < columns.size(); i++) {
			header[i + 2] = columns.get(i);
		}
		return header;
	}

	/** Suppressed cells keep their "<k"; numbers are plain (shares as 0.8, not 80%). */
	private static String value(Cell cell) {
		if (cell.suppressed()) {
			return cell.display();
		}
		if (cell.value() == null) {
			return "";
		}
		double value = cell.value();
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? Long.toString((long) value)
				: Double.toString(Math.round(value * 1000) / 1000.0);
	}

}
