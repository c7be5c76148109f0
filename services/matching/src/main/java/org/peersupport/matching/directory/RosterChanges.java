package org.peersupport.matching.directory;

import java.util.List;

/**
 * What a roster file does to the directory, row by row: counted by kind of change, with
 * the rows it refuses. The same answer for a preview (nothing changed yet) and an import
 * (every accepted row applied), because both come from one classification.
 *
 * @param parsed the accepted rows and the refused ones
 * @param added people the directory does not know yet
 * @param changed people whose entry differs from what is stored
 * @param unchanged people whose entry is exactly what is stored
 * @param leavers people whose last day has come with this file
 */
public record RosterChanges(CsvRoster.Parsed parsed, int added, int changed, int unchanged, int leavers) {

	/** The refused rows, each with its line in the file (the header is line 1). */
	public List<RosterRow> rejected() {
		return this.parsed.rejected();
	}

	/** How many rows would be (or were) applied, unchanged ones included. */
	public int accepted() {
		return this.parsed.members().size();
	}

	/** What one accepted row does. */
	enum Change {

		ADDED, CHANGED, UNCHANGED, LEAVER

	}

}
