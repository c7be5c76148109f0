package org.peersupport.outreach.colleague;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrers who chose to be named, per case: the invitation says who asked. A referrer
 * who did not choose so is recorded nowhere.
 */
@Service
public class NamedReferrers {

	private final JdbcTemplate jdbc;

	NamedReferrers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void name(UUID caseId, String referrerStaffId, Instant at) {
		this.jdbc.update(
				"INSERT INTO case_referrer (case_id, referrer_staff_id, named_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
				caseId, referrerStaffId, Timestamp.from(at));
	}

	/** The named referrers of a case, first named first. */
	public List<String> of(UUID caseId) {
		return this.jdbc.queryForList(
				"SELECT referrer_staff_id FROM case_referrer WHERE case_id = ? ORDER BY named_at, referrer_staff_id",
				String.class, caseId);
	}

}
