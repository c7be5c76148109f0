package org.peersupport.outreach.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code campaign} table. The definition is kept as the validated document and read
 * back through {@link CampaignReader}, so a stored campaign means what it meant when it
 * was accepted.
 */
@Repository
class CampaignStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = "id, definition::text, status, next_tick_at, created_by, created_at, updated_at";

	private final JdbcTemplate jdbc;

	CampaignStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, String document, CampaignDefinition definition, String actor, Instant now) {
		this.jdbc.update("""
				INSERT INTO campaign (id, name, facility, kind, status, opens_at, definition, next_tick_at, created_by,
				    created_at, updated_at)
				VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?::jsonb, ?, ?, ?, ?)
				""", id, definition.name(), definition.facility(), definition.kind().name(),
				Timestamp.from(definition.opensAt()), document, Timestamp.from(definition.opensAt()), actor,
				Timestamp.from(now), Timestamp.from(now));
	}

	Optional<Campaign> find(UUID id) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM campaign WHERE id = ?", CampaignStore::campaign, id)
			.stream()
			.findFirst();
	}

	/**
	 * The campaign, locked: its timer and the API take turns. {@code NO KEY UPDATE}, so
	 * an event enrolling a member (whose row's foreign key only shares the campaign's
	 * key) never waits for a tick: the tick locks the campaign and then clinicians, the
	 * event holds clinicians already.
	 */
	Optional<Campaign> findForUpdate(UUID id) {
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM campaign WHERE id = ? FOR NO KEY UPDATE", CampaignStore::campaign, id)
			.stream()
			.findFirst();
	}

	/**
	 * The campaign, locked, unless a tick or the API holds it: then nothing, at once. The
	 * event path asks this way, holding clinicians' locks, so it never waits in the
	 * opposite order to a tick.
	 */
	Optional<Campaign> lockIfFree(UUID id) {
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM campaign WHERE id = ? FOR NO KEY UPDATE SKIP LOCKED",
					CampaignStore::campaign, id)
			.stream()
			.findFirst();
	}

	List<Campaign> findAll() {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM campaign ORDER BY created_at, id", CampaignStore::campaign);
	}

	/**
	 * The campaigns of a triggered kind that still record members (every one not
	 * completed) and that an event of this facility concerns: the facility's own and the
	 * whole program's. Another facility's campaign never hears of it. Not locked: a
	 * member is enrolled once through the table's key whatever runs at the same time.
	 */
	List<Campaign> findListening(CampaignKind kind, String facility) {
		return this.jdbc.query(
				"SELECT " + COLUMNS + " FROM campaign WHERE kind = ? AND status <> 'COMPLETED'"
						+ " AND (facility IS NULL OR facility = ?) ORDER BY id",
				CampaignStore::campaign, kind.name(), facility);
	}

	void update(UUID id, CampaignStatus status, Instant nextTickAt, Instant now) {
		this.jdbc.update("UPDATE campaign SET status = ?, next_tick_at = ?, updated_at = ? WHERE id = ?", status.name(),
				(nextTickAt != null) ? Timestamp.from(nextTickAt) : null, Timestamp.from(now), id);
	}

	private static Campaign campaign(ResultSet rs, int row) throws SQLException {
		Timestamp next = rs.getTimestamp(4);
		JsonNode document = JSON.readTree(rs.getString(2));
		return new Campaign(rs.getObject(1, UUID.class), CampaignReader.read(document), document,
				CampaignStatus.valueOf(rs.getString(3)), (next != null) ? next.toInstant() : null, rs.getString(5),
				rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant());
	}

}
