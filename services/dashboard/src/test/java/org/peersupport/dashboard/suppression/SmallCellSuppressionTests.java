package org.peersupport.dashboard.suppression;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.peersupport.dashboard.suppression.TableDraft.Position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Small-cell suppression, attacked the way a curious reader would: subtracting the
 * visible parts from a total, differencing a filtered view against the unfiltered one,
 * and turning shares back into counts.
 */
class SmallCellSuppressionTests {

	private final SmallCellSuppression suppression = new SmallCellSuppression(5);

	@Test
	void aCountFromFewerThanFivePeopleShowsAsLessThanFiveAndZeroAndLargeCountsShow() {
		TableDraft draft = new TableDraft("t", "T", List.of("People"));
		draft.count(draft.row("small", "Small"), 0, 3, 3);
		draft.count(draft.row("zero", "Zero"), 0, 0, 0);
		draft.count(draft.row("large", "Large"), 0, 12, 12);
		FigureTable table = this.suppression.protect(draft);
		assertThat(table.cell("small", 0)).isEqualTo(new Cell(null, "<5", true));
		assertThat(table.cell("zero", 0).display()).isEqualTo("0");
		assertThat(table.cell("large", 0).display()).isEqualTo("12");
	}

	@Test
	void manyCasesOfFewPeopleAreStillSuppressed() {
		TableDraft draft = new TableDraft("t", "T", List.of("Cases"));
		draft.count(draft.row("repeat", "Repeat cases"), 0, 9, 2);
		assertThat(this.suppression.protect(draft).cell("repeat", 0).suppressed()).isTrue();
	}

	@Test
	void subtractingTheVisiblePartsFromTheTotalDoesNotRecoverAHiddenPart() {
		// 20 = 12 + 3 + 5: without complementary suppression 20 - 12 - 5 gives the 3
		// away.
		TableDraft draft = partition(20, 12, 3, 5);
		FigureTable table = this.suppression.protect(draft);
		assertThat(table.cell("p1", 0).suppressed()).isTrue();
		assertThat(unknowns(table)).as("an attacker needs at least two unknowns in the sum").isGreaterThanOrEqualTo(2);
		assertThat(table.cell("p2", 0).suppressed()).as("the smallest other part is the complement").isTrue();
		assertThat(table.cell("p0", 0).display()).isEqualTo("12");
		assertThat(table.cell("all", 0).display()).isEqualTo("20");
	}

	@Test
	void whenOnlyZerosRemainTheTotalIsHidden() {
		FigureTable table = this.suppression.protect(partition(3, 3, 0));
		assertThat(table.cell("p0", 0).suppressed()).isTrue();
		assertThat(table.cell("all", 0).suppressed()).isTrue();
	}

	@Test
	void aComplementInOneColumnTriggersTheRowItSitsInToo() {
		// Rows add up per column and each row's parts add up to its first column: hiding
		// (b, done) forces a complement in column "done" and one in row b, and so on
		// until
		// no sum has a single hidden member.
		TableDraft draft = new TableDraft("f", "F", List.of("Due", "Done", "Missed"));
		int a = draft.row("a", "A");
		int b = draft.row("b", "B");
		int all = draft.row("all", "All");
		draft.count(a, 0, 20, 20);
		draft.count(a, 1, 12, 12);
		draft.count(a, 2, 8, 8);
		draft.count(b, 0, 30, 30);
		draft.count(b, 1, 2, 2);
		draft.count(b, 2, 28, 28);
		draft.count(all, 0, 50, 50);
		draft.count(all, 1, 14, 14);
		draft.count(all, 2, 36, 36);
		for (int row : new int[] { a, b, all }) {
			draft.sum(new Position(row, 0), List.of(new Position(row, 1), new Position(row, 2)));
		}
		draft.rowsAddUpTo(all);
		FigureTable table = this.suppression.protect(draft);
		assertThat(table.cell("b", 1).suppressed()).isTrue();
		for (List<Position> sum : List.of(List.of(new Position(a, 0), new Position(a, 1), new Position(a, 2)),
				List.of(new Position(b, 0), new Position(b, 1), new Position(b, 2)),
				List.of(new Position(all, 0), new Position(all, 1), new Position(all, 2)),
				List.of(new Position(a, 1), new Position(b, 1), new Position(all, 1)),
				List.of(new Position(a, 2), new Position(b, 2), new Position(all, 2)))) {
			long hidden = sum.stream()
				.filter((p) -> table.rows().get(p.row()).cells().get(p.column()).suppressed())
				.count();
			assertThat(hidden).as("hidden cells in sum " + sum).isNotEqualTo(1);
		}
	}

	@Test
	void differencingAFilteredViewAgainstTheUnfilteredOneIsBlocked() {
		// All facilities: 23 reached. Facility NORTH: 20 reached. 23 - 20 = 3 would
		// reveal
		// that three clinicians elsewhere were reached, so NORTH's 20 is hidden.
		TableDraft unfiltered = single(23);
		TableDraft north = single(20);
		FigureTable shown = this.suppression.protect(north, List.of(unfiltered));
		assertThat(shown.cell("reached", 0).suppressed()).isTrue();
		assertThat(this.suppression.protect(single(18), List.of(unfiltered)).cell("reached", 0).display())
			.as("a difference of 5 or more is safe")
			.isEqualTo("18");
		assertThat(this.suppression.protect(single(23), List.of(unfiltered)).cell("reached", 0).display())
			.as("an equal figure reveals no small group")
			.isEqualTo("23");
	}

	@Test
	void aShareIsHiddenWhenItsPartOrItsRestIsSmall() {
		TableDraft draft = new TableDraft("s", "S", List.of("Share"));
		draft.share(draft.row("few-late", "Few late"), 0, 18, 20);
		draft.share(draft.row("few-in", "Few within"), 0, 2, 20);
		draft.share(draft.row("safe", "Safe"), 0, 10, 20);
		FigureTable table = this.suppression.protect(draft);
		assertThat(table.cell("few-late", 0).suppressed()).as("90% of 20 gives away 2 late").isTrue();
		assertThat(table.cell("few-in", 0).suppressed()).isTrue();
		assertThat(table.cell("safe", 0).display()).isEqualTo("50%");
	}

	@Test
	void aShareOfAHiddenCountIsHidden() {
		TableDraft withShare = new TableDraft("w", "W", List.of("Cases", "Share"));
		int total = withShare.row("all", "All");
		int in = withShare.row("in", "In");
		int late = withShare.row("late", "Late");
		withShare.count(total, 0, 20, 20);
		withShare.count(in, 0, 17, 17);
		withShare.count(late, 0, 3, 3);
		withShare.share(in, 1, 17, 20, new Position(in, 0), new Position(total, 0));
		withShare.sum(new Position(total, 0), List.of(new Position(in, 0), new Position(late, 0)));
		FigureTable table = this.suppression.protect(withShare);
		assertThat(table.cell("late", 0).suppressed()).isTrue();
		assertThat(table.cell("in", 0).suppressed()).as("complement of the hidden late count").isTrue();
		assertThat(table.cell("in", 1).suppressed()).isTrue();
	}

	@Test
	void aMedianOfFewerThanFivePeopleIsHidden() {
		TableDraft draft = new TableDraft("m", "M", List.of("Median"));
		draft.statistic(draft.row("few", "Few"), 0, Measure.HOURS, 2.5, 4);
		draft.statistic(draft.row("enough", "Enough"), 0, Measure.HOURS, 2.5, 5);
		draft.statistic(draft.row("none", "None"), 0, Measure.HOURS, null, 0);
		FigureTable table = this.suppression.protect(draft);
		assertThat(table.cell("few", 0).display()).isEqualTo("<5");
		assertThat(table.cell("enough", 0).display()).isEqualTo("2.5 h");
		assertThat(table.cell("none", 0)).isEqualTo(new Cell(null, "–", false));
	}

	@Test
	void kIsConfigurable() {
		SmallCellSuppression strict = new SmallCellSuppression(11);
		TableDraft draft = single(10);
		assertThat(strict.protect(draft).cell("reached", 0).display()).isEqualTo("<11");
		assertThat(new SmallCellSuppression(1).protect(single(1)).cell("reached", 0).display()).isEqualTo("1");
		assertThatIllegalArgumentException().isThrownBy(() -> new SmallCellSuppression(0));
	}

	private static TableDraft single(long value) {
		TableDraft draft = new TableDraft("r", "R", List.of("Clinicians"));
		draft.count(draft.row("reached", "Reached"), 0, value, value);
		return draft;
	}

	private static TableDraft partition(long total, long... parts) {
		TableDraft draft = new TableDraft("p", "P", List.of("Cases"));
		int all = draft.row("all", "All");
		draft.count(all, 0, total, total);
		List<Position> positions = new ArrayList<>();
		for (int i = 0; i < parts.length; i++) {
			int row = draft.row("p" + i, "Part " + i);
			draft.count(row, 0, parts[i], parts[i]);
			positions.add(new Position(row, 0));
		}
		draft.sum(new Position(all, 0), positions);
		return draft;
	}

	private static long unknowns(FigureTable table) {
		return table.rows().stream().filter((row) -> row.cells().get(0).suppressed()).count();
	}

}
