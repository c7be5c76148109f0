package org.peersupport.shredding;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of {@code keyring.person_key}. It runs in the caller's transaction, so a key
 * made for a new sealed value commits with that value, and a key destroyed by an erasure
 * goes with the erasure's other deletes.
 */
class Keyring {

	static final int KEY_BYTES = 32;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Keyring(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<byte[]> keyOf(String staffId) {
		return this.jdbc
			.queryForList("SELECT data_key FROM keyring.person_key WHERE staff_id = ?", byte[].class, staffId)
			.stream()
			.findFirst();
	}

	/**
	 * The person's key, made now if they have none; two services making it at once agree.
	 */
	byte[] keyFor(String staffId) {
		Optional<byte[]> existing = keyOf(staffId);
		if (existing.isPresent()) {
			return existing.get();
		}
		byte[] key = new byte[KEY_BYTES];
		this.random.nextBytes(key);
		this.jdbc.update(
				"INSERT INTO keyring.person_key (staff_id, data_key, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
				staffId, key, Timestamp.from(this.clock.instant()));
		return keyOf(staffId).orElseThrow();
	}

	/** The keys of those people who have one, in one query. */
	Map<String, byte[]> keysOf(Collection<String> staffIds) {
		Map<String, byte[]> keys = new HashMap<>();
		if (staffIds.isEmpty()) {
			return keys;
		}
		String[] ids = staffIds.toArray(String[]::new);
		this.jdbc.query((connection) -> {
			var select = connection
				.prepareStatement("SELECT staff_id, data_key FROM keyring.person_key WHERE staff_id = ANY (?)");
			select.setArray(1, connection.createArrayOf("text", ids));
			return select;
		}, (rs) -> {
			keys.put(rs.getString(1), rs.getBytes(2));
		});
		return keys;
	}

	boolean destroy(String staffId) {
		return this.jdbc.update("DELETE FROM keyring.person_key WHERE staff_id = ?", staffId) > 0;
	}

}
