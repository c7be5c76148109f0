package org.peersupport.referral.referrals;

import java.util.List;

import org.peersupport.accesstrail.TrailPseudonyms;
import org.peersupport.persistence.timer.DurableTimers;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes referrals when their case is purged or their clinician erased, with their
 * follow-up timers, and forgets their ids in the access trail. The count of referrals
 * named without consent stays: it never named anyone.
 */
@Component
public class ReferralErasure {

	private final JdbcTemplate jdbc;

	private final DurableTimers timers;

	private final TrailPseudonyms trail;

	ReferralErasure(JdbcTemplate jdbc, DurableTimers timers, TrailPseudonyms trail) {
		this.jdbc = jdbc;
		this.timers = timers;
		this.trail = trail;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void purgeCase(String caseId) {
		delete(this.jdbc.queryForList("SELECT id FROM referral WHERE case_id = ? FOR UPDATE", String.class, caseId));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void erase(String staffId) {
		delete(this.jdbc.queryForList("SELECT id FROM referral WHERE staff_id = ? FOR UPDATE", String.class, staffId));
	}

	private void delete(List<String> ids) {
		for (String id : ids) {
			this.timers.cancel(ReferralFollowUp.TASK, id);
			this.jdbc.update("DELETE FROM referral WHERE id = ?", id);
		}
		this.trail.forget(ids);
	}

}
