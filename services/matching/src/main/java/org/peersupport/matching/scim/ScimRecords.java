package org.peersupport.matching.scim;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.peersupport.shredding.PersonKeys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the identity system said of a person beyond their directory entry
 * ({@code scim_user}): its own id for them and their name in parts, sealed with their key
 * like the directory's name, and when it first and last provisioned them.
 */
@Component
class ScimRecords {

	/**
	 * One person's record, opened.
	 *
	 * @param externalId the identity system's id for them, or null
	 * @param displayName as last sent, or null
	 * @param givenName as last sent, or null
	 * @param familyName as last sent, or null
	 * @param created when first provisioned
	 * @param lastModified when last changed
	 */
	record ScimRecord(String externalId, String displayName, String givenName, String familyName, Instant created,
			Instant lastModified) {

		boolean says(ScimUser user) {
			return Objects.equals(this.externalId, user.externalId())
					&& Objects.equals(this.displayName, user.displayName())
					&& Objects.equals(this.givenName, user.givenName())
					&& Objects.equals(this.familyName, user.familyName());
		}

	}

	private final JdbcTemplate jdbc;

	private final PersonKeys keys;

	ScimRecords(JdbcTemplate jdbc, PersonKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	Optional<ScimRecord> of(String staffId) {
		return this.jdbc
			.query("SELECT * FROM scim_user WHERE staff_id = ?",
					(row, i) -> new ScimRecord(row.getString("external_id"),
							open(staffId, row.getString("display_name")), open(staffId, row.getString("given_name")),
							open(staffId, row.getString("family_name")), row.getTimestamp("created_at").toInstant(),
							row.getTimestamp("last_modified").toInstant()),
					staffId)
			.stream()
			.findFirst();
	}

	/** The staff ids the identity system knows by this id of its own. */
	List<String> withExternalId(String externalId) {
		return this.jdbc.queryForList("SELECT staff_id FROM scim_user WHERE external_id = ? ORDER BY staff_id",
				String.class, externalId);
	}

	/**
	 * Records what the user says, unless it says what is recorded already.
	 * @return whether anything changed
	 */
	boolean save(ScimUser user, Instant now) {
		Optional<ScimRecord> stored = of(user.userName());
		if (stored.isPresent() && stored.get().says(user)) {
			return false;
		}
		String staffId = user.userName();
		this.jdbc.update(
				"INSERT INTO scim_user (staff_id, external_id, display_name, given_name, family_name, created_at, "
						+ "last_modified) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (staff_id) DO UPDATE SET "
						+ "external_id = EXCLUDED.external_id, display_name = EXCLUDED.display_name, "
						+ "given_name = EXCLUDED.given_name, family_name = EXCLUDED.family_name, "
						+ "last_modified = EXCLUDED.last_modified",
				staffId, user.externalId(), this.keys.seal(staffId, user.displayName()),
				this.keys.seal(staffId, user.givenName()), this.keys.seal(staffId, user.familyName()),
				Timestamp.from(now), Timestamp.from(now));
		return true;
	}

	void delete(String staffId) {
		this.jdbc.update("DELETE FROM scim_user WHERE staff_id = ?", staffId);
	}

	private String open(String staffId, String sealed) {
		return this.keys.open(staffId, sealed).orElse(null);
	}

}
