package org.peersupport.matching.offer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serializes matching decisions (offers and debrief facilitations alike). Two cases
 * matched at once could otherwise both see a supporter one below capacity and both take
 * the last slot. Matching a case takes milliseconds, so one decision at a time costs
 * little; the lock is released when the transaction ends.
 */
@Component
public class CapacityLock {

	private final JdbcTemplate jdbc;

	CapacityLock(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void acquire() {
		this.jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.capacity'))");
	}

}
