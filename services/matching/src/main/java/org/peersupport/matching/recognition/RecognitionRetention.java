package org.peersupport.matching.recognition;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.matching.privacy.PersonErasure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tallies are kept for {@code peersupport.recognition.retention} (default two years,
 * so a yearly celebration can look back a full year at any time of the next), then
 * deleted; a supporter's erasure deletes their tallies and their choice at once.
 */
@Component
class RecognitionRetention implements PersonErasure {

	private static final Logger log = LoggerFactory.getLogger(RecognitionRetention.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration retention;

	RecognitionRetention(JdbcTemplate jdbc, Clock clock,
			@Value("${peersupport.recognition.retention:P730D}") Duration retention) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
	@Transactional
	public int prune() {
		int deleted = this.jdbc.update("DELETE FROM supporter_checkin_tally WHERE completed_at < ?",
				Timestamp.from(this.clock.instant().minus(this.retention)));
		if (deleted > 0) {
			log.info("Deleted {} check-in tallies older than {}", deleted, this.retention);
		}
		return deleted;
	}

	@Override
	public void erase(String staffId, Instant requestedAt) {
		this.jdbc.update("DELETE FROM supporter_checkin_tally WHERE supporter_id = ?", staffId);
		this.jdbc.update("DELETE FROM supporter_recognition_choice WHERE staff_id = ?", staffId);
	}

}
