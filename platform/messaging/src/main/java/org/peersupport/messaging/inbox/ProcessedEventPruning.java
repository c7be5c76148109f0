package org.peersupport.messaging.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Forgets processed event ids once no redelivery can carry them any more. Kafka keeps
 * records for 7 days by default; the default retention here (30 days) is well past that,
 * so a duplicate can never slip through, while the table stops growing without bound.
 */
public class ProcessedEventPruning {

	private static final Logger log = LoggerFactory.getLogger(ProcessedEventPruning.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration retention;

	public ProcessedEventPruning(JdbcTemplate jdbc, Clock clock, Duration retention) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(fixedDelayString = "${peersupport.inbox.prune-interval:1h}", initialDelayString = "1m")
	public int prune() {
		int removed = this.jdbc.update("DELETE FROM processed_event WHERE processed_at < ?",
				Timestamp.from(this.clock.instant().minus(this.retention)));
		if (removed > 0) {
			log.info("Forgot {} processed event ids older than {}", removed, this.retention);
		}
		return removed;
	}

}
