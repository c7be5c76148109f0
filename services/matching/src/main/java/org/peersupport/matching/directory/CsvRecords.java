package org.peersupport.matching.directory;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 CSV into records of fields, leniently, as spreadsheets export it: a
 * byte-order mark is dropped, CRLF, LF and CR all end a record, and the last record needs
 * no line end. Quotes may hold commas, doubled quotes and line breaks.
 */
final class CsvRecords {

	private CsvRecords() {
	}

	static List<List<String>> split(String csv) {
		List<List<String>> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
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
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
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
			fields.add(field.toString());
			records.add(fields);
		}
		return records;
	}

}
