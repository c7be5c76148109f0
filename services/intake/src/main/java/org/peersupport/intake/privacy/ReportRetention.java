package org.peersupport.intake.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Strips who was involved from reports older than {@code peersupport.intake.retention}
 * (since their last change): the minimised event (staff ids and roles) and the warnings
 * go, the id, source, the sender's report id, the hash, the status and the times stay, so
 * a retry is still acknowledged as a duplicate. One UPDATE on the table's own state: any
 * number of instances may sweep at once, and a missed sweep is caught up by the next.
 */
@Component
class ReportRetention {

	private static final Logger log = LoggerFactory.getLogger(ReportRetention.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration retention;

	ReportRetention(JdbcTemplate jdbc, Clock clock, @Value("${peersupport.intake.retention:P30D}") Duration retention) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(fixedDelayString = "${peersupport.intake.retention-sweep:1h}", initialDelayString = "1s")
	public int strip() {
		Instant now = this.clock.instant();
		int stripped = this.jdbc.update("""
				UPDATE received_report SET minimized_event = NULL, warnings = NULL, stripped_at = ?
				WHERE stripped_at IS NULL AND COALESCE(updated_at, received_at) <= ?""", Timestamp.from(now),
				Timestamp.from(now.minus(this.retention)));
		if (stripped > 0) {
			log.info("Stripped who was involved from {} report(s) past their retention of {}", stripped,
					this.retention);
		}
		return stripped;
	}

}
