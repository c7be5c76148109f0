package org.peersupport.dashboard.api;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.peersupport.dashboard.suppression.Cell;
import org.peersupport.dashboard.suppression.FigureTable;
import org.peersupport.web.CsvRecords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's CSV columns and number formats, checked by parsing the output back with
 * an RFC 4180 reader (the escaping itself: CsvWriterTests in platform/web).
 */
class CsvTests {

	@Test
	void awkwardLabelsSurviveARoundTrip() {
		FigureTable table = new FigureTable("t", "T", List.of("Cases", "Share, %"),
				List.of(new FigureTable.Row("NORTH", "North, \"main\" site\nbuilding B",
						List.of(new Cell(12.0, "12", false), new Cell(0.75, "75%", false))),
						new FigureTable.Row("SOUTH", "South",
								List.of(new Cell(null, "<5", true), new Cell(null, "–", false)))));
		List<List<String>> rows = parse(Csv.of(table));
		assertThat(rows.get(0)).containsExactly("key", "row", "Cases", "Share, %");
		assertThat(rows.get(1)).containsExactly("NORTH", "North, \"main\" site\nbuilding B", "12", "0.75");
		assertThat(rows.get(2)).containsExactly("SOUTH", "South", "<5", "");
	}

	private static List<List<String>> parse(String csv) {
		return CsvRecords.strict(csv);
	}

}
