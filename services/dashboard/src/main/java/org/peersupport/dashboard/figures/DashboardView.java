package org.peersupport.dashboard.figures;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.peersupport.dashboard.suppression.Cell;
import org.peersupport.dashboard.suppression.FigureTable;

/**
 * Everything the page shows for one slice, already protected by small-cell suppression.
 *
 * @param slice the filters
 * @param minCellSize k
 * @param generatedAt when the figures were read
 * @param headline the key figures, each taken from a table
 * @param tables every table, by name
 * @param attention the cases needing attention now (ids and reason codes)
 * @param facilities the facilities that can be filtered on
 * @param departmentGroups the department groups that can be filtered on
 */
public record DashboardView(Slice slice, int minCellSize, Instant generatedAt, Map<String, Cell> headline,
		Map<String, FigureTable> tables, List<AttentionCase> attention, List<String> facilities,
		List<String> departmentGroups) {

	/** Whether the figures differ, ignoring when they were read. */
	public boolean sameFiguresAs(DashboardView other) {
		return other != null && this.headline.equals(other.headline) && this.tables.equals(other.tables)
				&& this.attention.equals(other.attention) && this.facilities.equals(other.facilities);
	}

}
