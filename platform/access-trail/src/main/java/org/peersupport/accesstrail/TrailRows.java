package org.peersupport.accesstrail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the trail: a page of entries from an instant on, or every entry in chain order
 * streamed (in a read-only transaction, so PostgreSQL hands rows over in chunks rather
 * than all at once).
 */
final class TrailRows {

	private static final String COLUMNS = "seq, recorded_at, service, actor_subject, actor_staff_id, actor_roles, "
			+ "purpose, action, route, resource_type, resource_id, outcome, client_address, identity_digest, "
			+ "pseudonymized, previous_hash, entry_hash";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	TrailRows(DataSource dataSource, TransactionTemplate transactions) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(500);
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	/** Up to {@code count} entries recorded at or after {@code since}, in chain order. */
	List<TrailEntry> since(Instant since, int count) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM access_trail WHERE recorded_at >= ? ORDER BY seq LIMIT ?",
				(rs, i) -> entry(rs), since.atOffset(ZoneOffset.UTC), count);
	}

	/**
	 * Up to {@code count} entries about a person, in chain order: those they made (their
	 * staff id is the actor's) and those that name them among the record's ids (an exact
	 * id, so C-10 is not C-100).
	 */
	List<TrailEntry> about(String staffId, int count) {
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM access_trail WHERE actor_staff_id = ? OR strpos(resource_id, ?) > 0 "
					+ "ORDER BY seq", (rs, i) -> entry(rs), staffId, staffId)
			.stream()
			.filter((stored) -> staffId.equals(stored.entry().actorStaffId())
					|| TrailPseudonyms.names(stored.entry().resourceId(), staffId))
			.limit(count)
			.toList();
	}

	/** Every entry, in chain order. */
	void each(Consumer<TrailEntry> visit) {
		this.readOnly.executeWithoutResult(
				(status) -> this.jdbc.query("SELECT " + COLUMNS + " FROM access_trail ORDER BY seq", (ResultSet rs) -> {
					visit.accept(entry(rs));
				}));
	}

	private static TrailEntry entry(ResultSet rs) throws SQLException {
		AccessEntry entry = new AccessEntry(rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
				rs.getString(11), rs.getInt(12), rs.getString(13));
		return new TrailEntry(rs.getLong(1), rs.getString(3), entry, rs.getString(14), rs.getBoolean(15),
				rs.getString(16), rs.getString(17));
	}

}
