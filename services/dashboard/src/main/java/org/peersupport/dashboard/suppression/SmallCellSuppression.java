package org.peersupport.dashboard.suppression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.peersupport.dashboard.suppression.TableDraft.Draft;
import org.peersupport.dashboard.suppression.TableDraft.DraftRow;
import org.peersupport.dashboard.suppression.TableDraft.Position;
import org.peersupport.dashboard.suppression.TableDraft.Sum;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place where figures are protected before they leave the dashboard (page, API,
 * CSV and monthly report all go through here).
 * <ol>
 * <li>Primary suppression: a count drawn from 1 to k-1 people, or a statistic drawn from
 * fewer than k people, is shown as "&lt;k".</li>
 * <li>Differencing against the parent views: when the view is filtered, a count whose
 * difference from the same cell without one of the filters is 1 to k-1 is suppressed too;
 * otherwise subtracting the filtered figure from the unfiltered one would reveal a small
 * group.</li>
 * <li>Complementary suppression: wherever cells add up to a total and exactly one of them
 * is hidden, the smallest other non-zero part (or else the total) is hidden too, repeated
 * until no sum has a single hidden member.</li>
 * <li>Shares are hidden when their part or their rest is a small cell, or when a count
 * they are computed from is hidden.</li>
 * </ol>
 */
@Component
public class SmallCellSuppression {

	private final int k;

	public SmallCellSuppression(@Value("${peersupport.dashboard.min-cell-size:5}") int k) {
		if (k < 1) {
			throw new IllegalArgumentException("peersupport.dashboard.min-cell-size must be at least 1");
		}
		this.k = k;
	}

	public int minCellSize() {
		return this.k;
	}

	/** Protects a table that has no filtered parent views. */
	public FigureTable protect(TableDraft draft) {
		return protect(draft, List.of());
	}

	/**
	 * Protects a table shown under a filter.
	 * @param parents the same table computed with one filter removed each
	 */
	public FigureTable protect(TableDraft draft, List<TableDraft> parents) {
		Set<Position> hidden = new HashSet<>();
		for (int row = 0; row < draft.rowCount(); row++) {
			DraftRow draftRow = draft.rows().get(row);
			for (int column = 0; column < draftRow.cells().length; column++) {
				Draft cell = draftRow.cells()[column];
				if (cell != null && (isSmall(cell) || differsSmallFromParent(draftRow.key(), column, cell, parents))) {
					hidden.add(new Position(row, column));
				}
			}
		}
		hideComplements(draft, hidden);
		hideSharesOfHiddenCounts(draft, hidden);
		return render(draft, hidden);
	}

	private boolean isSmall(Draft cell) {
		return switch (cell.measure()) {
			case COUNT -> cell.value() != null && cell.value() > 0 && cell.people() < this.k;
			case SHARE -> cell.value() != null
					&& (small(cell.part()) || small(cell.whole() - cell.part()) || cell.whole() < this.k);
			default -> cell.value() != null && cell.people() < this.k;
		};
	}

	private boolean small(long count) {
		return count > 0 && count < this.k;
	}

	private boolean differsSmallFromParent(String rowKey, int column, Draft cell, List<TableDraft> parents) {
		if (cell.measure() != Measure.COUNT || cell.value() == null || cell.value() == 0) {
			return false;
		}
		for (TableDraft parent : parents) {
			Draft wider = parent.matching(rowKey, column);
			if (wider != null && wider.value() != null && small(Math.round(wider.value() - cell.value()))) {
				return true;
			}
		}
		return false;
	}

	private void hideSharesOfHiddenCounts(TableDraft draft, Set<Position> hidden) {
		for (int row = 0; row < draft.rowCount(); row++) {
			Draft[] cells = draft.rows().get(row).cells();
			for (int column = 0; column < cells.length; column++) {
				if (cells[column] != null && cells[column].inputs().stream().anyMatch(hidden::contains)) {
					hidden.add(new Position(row, column));
				}
			}
		}
	}

	private void hideComplements(TableDraft draft, Set<Position> hidden) {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Sum sum : draft.sums()) {
				List<Position> members = new ArrayList<>(sum.parts());
				members.add(sum.total());
				long hiddenMembers = members.stream().filter(hidden::contains).count();
				if (hiddenMembers == 1) {
					Optional<Position> complement = complementFor(draft, sum, hidden);
					if (complement.isPresent()) {
						hidden.add(complement.get());
						changed = true;
					}
				}
			}
		}
	}

	/**
	 * The cell that costs least to hide: the smallest non-zero visible part, else the
	 * total, else a visible zero part.
	 */
	private Optional<Position> complementFor(TableDraft draft, Sum sum, Set<Position> hidden) {
		Comparator<Position> bySize = Comparator.comparingDouble((p) -> value(draft, p));
		Optional<Position> smallestPart = sum.parts()
			.stream()
			.filter((p) -> !hidden.contains(p) && value(draft, p) > 0)
			.min(bySize);
		if (smallestPart.isPresent()) {
			return smallestPart;
		}
		if (!hidden.contains(sum.total())) {
			return Optional.of(sum.total());
		}
		return sum.parts().stream().filter((p) -> !hidden.contains(p) && draft.at(p) != null).findFirst();
	}

	private static double value(TableDraft draft, Position position) {
		Draft cell = draft.at(position);
		return (cell == null || cell.value() == null) ? 0 : cell.value();
	}

	private FigureTable render(TableDraft draft, Set<Position> hidden) {
		List<FigureTable.Row> rows = new ArrayList<>();
		for (int row = 0; row < draft.rowCount(); row++) {
			DraftRow draftRow = draft.rows().get(row);
			List<Cell> cells = new ArrayList<>();
			for (int column = 0; column < draftRow.cells().length; column++) {
				cells.add(cell(draftRow.cells()[column], hidden.contains(new Position(row, column))));
			}
			rows.add(new FigureTable.Row(draftRow.key(), draftRow.label(), List.copyOf(cells)));
		}
		return new FigureTable(draft.name(), draft.title(), draft.columns(), List.copyOf(rows));
	}

	private Cell cell(Draft draft, boolean hidden) {
		if (hidden) {
			return new Cell(null, "<" + this.k, true);
		}
		if (draft == null || draft.value() == null) {
			return new Cell(null, "–", false);
		}
		return new Cell(draft.value(), draft.measure().format(draft.value()), false);
	}

}
