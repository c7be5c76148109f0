package org.peersupport.matching.console.recognition;

import java.util.List;

/**
 * The recognition list as RFC 4180 CSV, by the platform's convention (the dashboard's
 * exports): a field with a comma, quote or line break is quoted, quotes doubled, lines
 * end in CRLF, and a field a spreadsheet would run as a formula (=, +, -, @, or a tab or
 * carriage return first) gets a leading apostrophe, so a name cannot become a formula.
 */
final class RecognitionCsv {

	private RecognitionCsv() {
	}

	static String of(List<RecognitionRow> rows) {
		StringBuilder csv = new StringBuilder();
		line(csv, "name", "check-ins");
		for (RecognitionRow row : rows) {
			line(csv, row.name(), Long.toString(row.checkins()));
		}
		return csv.toString();
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
		if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0 && !isNumber(safe)) {
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
