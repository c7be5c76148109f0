package org.peersupport.accesstrail;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One part of a person's own copy (issue 14, "the clinician's own copy"): each feature
 * that keeps records of people declares what it holds about one of them. Every service's
 * {@code GET /api/v1/me/records} answers the parts of all its beans of this type, with
 * the access trail's entries about the person ({@link OwnRecordsSections}).
 * <p>
 * A part shows what is the person's own: another person's staff id, name or contact is
 * left out (their copy is theirs), the record's own ids and times stay.
 */
public interface OwnRecords {

	/** The part's name in the section, such as {@code cases}. */
	String part();

	/** What this feature holds about {@code staffId}, as values JSON can show. */
	Object of(String staffId);

	/**
	 * What the reader should know about this part (what is withheld and why), or null.
	 */
	default String note() {
		return null;
	}

	/**
	 * A part read with one query: every {@code ?} is bound to the staff id, and each row
	 * becomes an object of its columns (named as the query names them). Timestamps become
	 * instants, dates and times their ISO form, uuids text.
	 * @param jdbc the service's database
	 * @param part the part's name
	 * @param note what the reader should know, or null
	 * @param sql the query; name its columns explicitly, so nothing is shown by accident
	 */
	static OwnRecords rows(JdbcTemplate jdbc, String part, String note, String sql) {
		return rows(jdbc, part, note, sql, (staffId, row) -> row);
	}

	/**
	 * A part read with one query, each row then shown through {@code shown} (a sealed
	 * name opened for its person, say), so the copy says what the value is, not how it is
	 * kept.
	 */
	static OwnRecords rows(JdbcTemplate jdbc, String part, String note, String sql, Shown shown) {
		long parameters = sql.chars().filter((c) -> c == '?').count();
		return new OwnRecords() {
			@Override
			public String part() {
				return part;
			}

			@Override
			public Object of(String staffId) {
				Object[] values = new Object[(int) parameters];
				java.util.Arrays.fill(values, staffId);
				return jdbc.query(sql, (rs, i) -> shown.row(staffId, row(rs)), values);
			}

			@Override
			public String note() {
				return note;
			}
		};
	}

	/**
	 * The columns whose non-null values are shown through {@code show} (given the staff
	 * id and the stored text), the others as stored.
	 */
	static Shown columns(java.util.function.BinaryOperator<String> show, String... columns) {
		return (staffId, row) -> {
			for (String column : columns) {
				row.computeIfPresent(column, (name, value) -> show.apply(staffId, (String) value));
			}
			return row;
		};
	}

	/** How a row read for a person's copy is shown to them. */
	@FunctionalInterface
	interface Shown {

		Map<String, Object> row(String staffId, Map<String, Object> row);

	}

	/** A row as an object of its columns, in the query's order. */
	private static Map<String, Object> row(ResultSet rs) throws SQLException {
		ResultSetMetaData columns = rs.getMetaData();
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 1; i <= columns.getColumnCount(); i++) {
			row.put(columns.getColumnLabel(i), value(rs, i));
		}
		return row;
	}

	private static Object value(ResultSet rs, int column) throws SQLException {
		Object value = rs.getObject(column);
		if (value instanceof Timestamp) {
			return rs.getObject(column, OffsetDateTime.class).toInstant();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().toString();
		}
		if (value instanceof Time time) {
			return time.toLocalTime().toString();
		}
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		// A uuid, or a driver's own type (jsonb): its text.
		return value.toString();
	}

	/** The parts, in a fixed order, so two copies of the same records read the same. */
	static List<OwnRecords> sorted(List<OwnRecords> parts) {
		return parts.stream().sorted(java.util.Comparator.comparing(OwnRecords::part)).toList();
	}

}
