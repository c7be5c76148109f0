package org.peersupport.dashboard.figures;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A count and the number of distinct people it was drawn from: what small-cell
 * suppression needs to know about every figure.
 *
 * @param count how many (cases, events, referrals, …)
 * @param people how many distinct people they concern
 */
record Tally(long count, long people) {

	static final Tally NONE = new Tally(0, 0);

	/** A tally from two columns of a row; a NULL count is none. */
	static Tally read(ResultSet row, String count, String people) throws SQLException {
		return new Tally(row.getLong(count), row.getLong(people));
	}

	/** A number column that may be NULL (a median of nothing). */
	static Double decimal(ResultSet row, String column) throws SQLException {
		Object value = row.getObject(column);
		return (value instanceof Number number) ? number.doubleValue() : null;
	}

}
