package org.peersupport.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 CSV into records of fields. Quotes may hold commas, doubled quotes and
 * line breaks.
 *
 * <p>
 * Two readings, because two sides of the platform need different ones. What people upload
 * is read {@link #lenient leniently}, as spreadsheets export it: a byte-order mark is
 * dropped, CRLF, LF and CR all end a record, and the last record needs no line end. What
 * the platform itself exports is checked {@link #strict strictly}, so a test catches an
 * export that only a lenient reader would open: every record ends in CRLF, the last one
 * too, and a bare CR or LF outside quotes is refused.
 */
public final class CsvRecords {

	private CsvRecords() {
	}

	/** Records as a spreadsheet user means them; never refuses input. */
	public static List<List<String>> lenient(String csv) {
		return split(csv.startsWith("\uFEFF") ? csv.substring(1) : csv, false);
	}

	/**
	 * Records of RFC 4180 text as written.
	 * @throws IllegalArgumentException where a line does not end in CRLF
	 */
	public static List<List<String>> strict(String csv) {
		return split(csv, true);
	}

	private static List<List<String>> split(String text, boolean strict) {
		List<List<String>> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
				if (strict && !crlf) {
					throw new IllegalArgumentException(
							"record " + (records.size() + 1) + " has a bare " + (c == '\r' ? "CR" : "LF"));
				}
				if (crlf) {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				records.add(fields);
				fields = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !fields.isEmpty()) {
			if (strict) {
				throw new IllegalArgumentException("the last record does not end in CRLF");
			}
			fields.add(field.toString());
			records.add(fields);
		}
		return records;
	}

}
