package org.peersupport.web;

import java.util.List;

/**
 * Writes RFC 4180 CSV, the platform's export convention (read back by
 * {@link CsvRecords#strict}): a field with a comma, quote or line break is quoted and its
 * quotes doubled, and every line ends in CRLF. A field a spreadsheet would run as a
 * formula (=, +, -, @, or a tab or carriage return first) gets a leading apostrophe, so a
 * name or label cannot become a formula; a plain number such as {@code -3} stays as it
 * is. Which columns and rows an export has stays with the service that writes it.
 */
public final class CsvWriter {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final StringBuilder csv = new StringBuilder();

	/** Appends one line of fields; a null field is written empty. */
	public CsvWriter line(String... fields) {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				this.csv.append(',');
			}
			this.csv.append(cell(fields[i]));
		}
		this.csv.append("\r\n");
		return this;
	}

	/** Appends one line of fields; a null field is written empty. */
	public CsvWriter line(List<String> fields) {
		return line(fields.toArray(String[]::new));
	}

	/** The CSV written so far. */
	@Override
	public String toString() {
		return this.csv.toString();
	}

	/** One field as it stands in a line: defused and quoted where needed. */
	public static String cell(String field) {
		if (field == null) {
			return "";
		}
		String safe = field;
		if (!safe.isEmpty() && FORMULA_STARTS.indexOf(safe.charAt(0)) >= 0 && !isNumber(safe)) {
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
