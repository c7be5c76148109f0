package org.peersupport.dashboard.readmodel;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one current key of the pseudonyms, kept in the dashboard's table so that every
 * instance uses the same one, and rotated every
 * {@code peersupport.dashboard.pseudonym-rotation} (the retention of identifiable
 * records, 30 days by default). Rotation overwrites the secret: from then on nobody, the
 * dashboard included, can tell which stored pseudonym belongs to which staff id.
 */
@Component
class PseudonymKey {

	private static final Logger log = LoggerFactory.getLogger(PseudonymKey.class);

	private static final int KEY_BYTES = 32;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration rotation;

	private final String seed;

	private final SecureRandom random = new SecureRandom();

	PseudonymKey(JdbcTemplate jdbc, Clock clock,
			@Value("${peersupport.dashboard.pseudonym-rotation:P30D}") Duration rotation,
			@Value("${peersupport.dashboard.pseudonym-key:}") String seed) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.rotation = rotation;
		this.seed = seed;
	}

	/**
	 * The current secret, share-locked for the caller's transaction: a rotation waits
	 * until the rows written with it are committed, so no row is written under a secret
	 * that is already destroyed, and an erasure finds every row the current secret made.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	byte[] current() {
		List<byte[]> found = read();
		if (found.isEmpty()) {
			this.jdbc.update("""
					INSERT INTO pseudonym_key (id, generation, secret, created_at) VALUES (true, 1, ?, ?)
					ON CONFLICT (id) DO NOTHING""", firstSecret(), Timestamp.from(this.clock.instant()));
			found = read();
		}
		return found.get(0);
	}

	private List<byte[]> read() {
		return this.jdbc.query("SELECT secret FROM pseudonym_key FOR SHARE", (row, i) -> row.getBytes("secret"));
	}

	/**
	 * An upgraded installation seeds the first key with the configured one, so the people
	 * it counted before keep being counted as the same people until the first rotation.
	 */
	private byte[] firstSecret() {
		return this.seed.isEmpty() ? randomBytes(KEY_BYTES) : this.seed.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Rotates the key once it is older than the rotation period. One UPDATE with the age
	 * in its condition: two instances due at once serialize on the row, and the second
	 * finds the key fresh and changes nothing.
	 * @return whether this call rotated it
	 */
	@Scheduled(fixedDelayString = "${peersupport.dashboard.pseudonym-rotation-check:1m}", initialDelayString = "1s")
	@Transactional
	public boolean rotateIfDue() {
		int rotated = this.jdbc.update("""
				UPDATE pseudonym_key SET generation = generation + 1, secret = ?, created_at = ?
				WHERE created_at <= ?""", randomBytes(KEY_BYTES), Timestamp.from(this.clock.instant()),
				Timestamp.from(this.clock.instant().minus(this.rotation)));
		if (rotated > 0) {
			log.info("Rotated the pseudonym key: pseudonyms stored so far can no longer be linked to staff ids");
		}
		return rotated > 0;
	}

	/** Random bytes, also for a replacement pseudonym nobody can recompute. */
	byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		this.random.nextBytes(bytes);
		return bytes;
	}

}
