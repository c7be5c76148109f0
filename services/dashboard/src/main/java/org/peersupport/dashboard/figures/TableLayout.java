package org.peersupport.dashboard.figures;

import java.util.Locale;

import org.peersupport.dashboard.suppression.TableDraft;

/** What every table's layout shares: labels for codes, and tallies placed in cells. */
final class TableLayout {

	private TableLayout() {
	}

	/** A code as a label: {@code NO_SUPPORTER_ACCEPTED} reads "No supporter accepted". */
	static String label(String code) {
		String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	static void count(TableDraft table, int row, int column, Tally tally) {
		table.count(row, column, tally.count(), tally.people());
	}

}
