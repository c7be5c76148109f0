package org.peersupport.matching.console.recognition;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The recognition CSV: RFC 4180, and no name becomes a spreadsheet formula. */
class RecognitionCsvTests {

	@Test
	void namesThatASpreadsheetWouldRunAreDefusedAndQuotedWhereNeeded() {
		String csv = RecognitionCsv.of(List.of(new RecognitionRow("=HYPERLINK(\"x\")", 2),
				new RecognitionRow("@Sam", 1), new RecognitionRow("Lee, Pat", 3), new RecognitionRow("-1", 4)));
		assertThat(csv)
			.isEqualTo("name,check-ins\r\n\"'=HYPERLINK(\"\"x\"\")\",2\r\n'@Sam,1\r\n\"Lee, Pat\",3\r\n-1,4\r\n");
	}

}
