package org.peersupport.dashboard.api;

import java.util.List;

import org.peersupport.dashboard.figures.AttentionCase;
import org.peersupport.dashboard.suppression.Cell;
import org.peersupport.dashboard.suppression.FigureTable;

/**
 * RFC 4180 CSV: fields with a comma, quote or line break are quoted and quotes doubled;
 * lines end in CRLF. A field that a spreadsheet would run as a formula (=, +, -, @) gets
 * a leading apostrophe.
 */
final class Csv {

	private Csv() {
	}

	static String of(FigureTable table) {
		StringBuilder csv = new StringBuilder();
		line(csv, header(table.columns()));
		for (FigureTable.Row row : table.rows()) {
			String[] fields = new String[row.cells().size() + 2];
			fields[0] = row.key();
			fields[1] = row.label();
			for (int i = 0; i < row.cells().size(); i++) {
				fields[i + 2] = value(row.cells().get(i));
			}
			line(csv, fields);
		}
		return csv.toString();
	}

	static String of(List<AttentionCase> cases) {
		StringBuilder csv = new StringBuilder();
		line(csv, "caseId", "reason", "since");
		for (AttentionCase attention : cases) {
			line(csv, attention.caseId(), attention.reason(), attention.since().toString());
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

	private static void line(StringBuilder csv, String... fields) {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(escape(fields[i]));
		}
		csv.append("\r\n");
	}

	static String escape(String field) {
		if (field == null) {
			return "";
		}
		String safe = field;
		if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0 && !isNumber(safe)) {
			safe = "'" + safe;
		}
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	private static boolean isNumber(String text) {
		try {
			Double.parseDouble(text);
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
