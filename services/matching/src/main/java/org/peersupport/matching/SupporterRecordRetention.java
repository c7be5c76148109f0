package org.peersupport.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Identifiable supporter-side records have a retention period
 * ({@code peersupport.supporter.retention}, default 180 days): check-ins, the e-mails
 * that were sent or set aside, follow-ups and case facilities older than that are
 * deleted. E-mails still waiting are kept, whatever their age: they are not lost.
 */
@Component
public class SupporterRecordRetention {

	private static final Logger log = LoggerFactory.getLogger(SupporterRecordRetention.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration retention;

	SupporterRecordRetention(JdbcTemplate jdbc, Clock clock,
			@Value("${peersupport.supporter.retention:P180D}") Duration retention) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public int prune() {
		Timestamp before = Timestamp.from(this.clock.instant().minus(this.retention));
		int deleted = this.jdbc.update("DELETE FROM checkin WHERE completed_at < ?", before)
				+ this.jdbc.update("DELETE FROM supporter_notification WHERE status <> 'PENDING' AND created_at < ?",
						before)
				+ this.jdbc.update(
						"DELETE FROM follow_up f WHERE f.respond_by < ? "
								+ "AND NOT EXISTS (SELECT 1 FROM checkin c WHERE c.follow_up_id = f.follow_up_id)",
						before)
				+ this.jdbc.update("DELETE FROM case_facility WHERE updated_at < ?", before);
		if (deleted > 0) {
			log.info("Deleted {} supporter-side records older than {}", deleted, this.retention);
		}
		return deleted;
	}

}
