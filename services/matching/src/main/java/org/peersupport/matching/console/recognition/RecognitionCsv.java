package org.peersupport.matching.console.recognition;

import java.util.List;

import org.peersupport.web.CsvWriter;

/**
 * The recognition list as CSV, by the platform's convention ({@link CsvWriter}: RFC 4180,
 * and a name cannot become a spreadsheet formula).
 */
final class RecognitionCsv {

	private RecognitionCsv() {
	}

	static String of(List<RecognitionRow> rows) {
		CsvWriter csv = new CsvWriter().line("name", "check-ins");
		for (RecognitionRow row : rows) {
			csv.line(row.name(), Long.toString(row.checkins()));
		}
		return csv.toString();
	}

}
