package org.peersupport.outreach.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.peersupport.persistence.timer.Next;
import org.peersupport.persistence.timer.TimerHandler;
import org.peersupport.persistence.timer.TimerTask;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Forgets erasure keys a day after their request, with the digest of the person they
 * erased: a standing timer, hourly, so that a key does not outlive its day for want of a
 * later request.
 */
@Component
class ErasureKeyPruning extends TimerHandler {

	static final TimerTask TASK = new TimerTask("outreach-erasure-key-pruning");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ErasureKeyPruning(JdbcTemplate jdbc, Clock clock) {
		super(TASK);
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Next fire(String subject, Instant scheduledFor) {
		Instant now = this.clock.instant();
		this.jdbc.update("DELETE FROM erasure_request WHERE requested_at < ?",
				Timestamp.from(now.minus(Erasures.KEY_LIFETIME)));
		return Next.againAt(now.plusSeconds(3600));
	}

	@Override
	public boolean standing() {
		return true;
	}

}
