package org.peersupport.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CsvRecordsTests {

	@Test
	void quotesHoldCommasDoubledQuotesAndLineBreaks() {
		String csv = "a,\"b, \"\"c\"\"\",\"d\r\ne\"\r\n";
		assertThat(CsvRecords.strict(csv)).containsExactly(List.of("a", "b, \"c\"", "d\r\ne"));
		assertThat(CsvRecords.lenient(csv)).containsExactly(List.of("a", "b, \"c\"", "d\r\ne"));
	}

	@Test
	void leniencyTakesWhatSpreadsheetsWrite() {
		String csv = "\uFEFFname,unit\nAda,ICU\rBea,ER\r\nCy,";
		assertThat(CsvRecords.lenient(csv)).containsExactly(List.of("name", "unit"), List.of("Ada", "ICU"),
				List.of("Bea", "ER"), List.of("Cy", ""));
	}

	@Test
	void emptyFieldsAndEmptyInputAreKept() {
		assertThat(CsvRecords.strict(",,\r\n")).containsExactly(List.of("", "", ""));
		assertThat(CsvRecords.strict("")).isEmpty();
		assertThat(CsvRecords.lenient("")).isEmpty();
	}

	@Test
	void strictnessRefusesWhatOnlyALenientReaderWouldOpen() {
		assertThatIllegalArgumentException().isThrownBy(() -> CsvRecords.strict("a\r\nb\nc\r\n"))
			.withMessage("record 2 has a bare LF");
		assertThatIllegalArgumentException().isThrownBy(() -> CsvRecords.strict("a\rb\r\n"))
			.withMessage("record 1 has a bare CR");
		assertThatIllegalArgumentException().isThrownBy(() -> CsvRecords.strict("a,b"))
			.withMessage("the last record does not end in CRLF");
	}

}
