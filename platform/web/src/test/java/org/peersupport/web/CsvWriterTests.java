package org.peersupport.web;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV writing, checked by reading the output back with the strict RFC 4180 reader. */
class CsvWriterTests {

	@Test
	void awkwardFieldsSurviveARoundTrip() {
		String csv = new CsvWriter().line("key", "label")
			.line(Arrays.asList("NORTH", "North, \"main\" site\nbuilding B"))
			.line("SOUTH", null)
			.toString();

		assertThat(CsvRecords.strict(csv)).containsExactly(List.of("key", "label"),
				List.of("NORTH", "North, \"main\" site\nbuilding B"), List.of("SOUTH", ""));
	}

	@Test
	void formulaLookalikesAreDefused() {
		assertThat(CsvWriter.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(CsvWriter.cell("@cmd")).isEqualTo("'@cmd");
		assertThat(CsvWriter.cell("+1+1")).isEqualTo("'+1+1");
		assertThat(CsvWriter.cell("\tcmd")).isEqualTo("'\tcmd");
		assertThat(CsvWriter.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
	}

	@Test
	void numbersAndEmptyFieldsStayAsTheyAre() {
		assertThat(CsvWriter.cell("-3")).isEqualTo("-3");
		assertThat(CsvWriter.cell("+0.5")).isEqualTo("+0.5");
		assertThat(CsvWriter.cell("")).isEmpty();
		assertThat(CsvWriter.cell(null)).isEmpty();
	}

}
