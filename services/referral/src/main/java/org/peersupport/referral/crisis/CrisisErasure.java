package org.peersupport.referral.crisis;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.accesstrail.TrailPseudonyms;
import org.peersupport.persistence.timer.DurableTimers;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes crises, with their pages, when their case is purged or their clinician erased,
 * and forgets their ids in the access trail. An open crisis is never deleted: someone is
 * still being paged for a colleague in danger. It is marked instead, and deleted as soon
 * as a lead acknowledges it ({@link #afterAcknowledgement}). Where the erased person is
 * only the supporter who raised a crisis, the lead who acknowledged it or a lead who was
 * paged, the crisis is another clinician's record: a pseudonym takes their place. The
 * on-call rota is the program's configuration, not a record of anyone's case: an erased
 * lead stays on it until an administrator replaces the rota (a warning says so).
 */
@Component
public class CrisisErasure {

	private static final Logger log = LoggerFactory.getLogger(CrisisErasure.class);

	private final JdbcTemplate jdbc;

	private final DurableTimers timers;

	private final TrailPseudonyms trail;

	CrisisErasure(JdbcTemplate jdbc, DurableTimers timers, TrailPseudonyms trail) {
		this.jdbc = jdbc;
		this.timers = timers;
		this.trail = trail;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void purgeCase(String caseId) {
		forget("case_id", caseId);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void erase(String staffId, String pseudonym) {
		forget("staff_id", staffId);
		this.jdbc.update("UPDATE crisis SET supporter_id = ? WHERE supporter_id = ?", pseudonym, staffId);
		this.jdbc.update("UPDATE crisis SET acknowledged_by = ? WHERE acknowledged_by = ?", pseudonym, staffId);
		this.jdbc.update("UPDATE crisis_page SET lead_id = ?, pager_id = ? WHERE lead_id = ?", pseudonym, pseudonym,
				staffId);
		if (!this.jdbc.queryForList("SELECT position FROM on_call_lead WHERE lead_id = ?", Integer.class, staffId)
			.isEmpty()) {
			log.warn("An erased person is on the on-call rota, which is kept as configured: replace the rota "
					+ "(PUT /api/v1/on-call) to take them off it");
		}
	}

	/**
	 * A crisis marked when its case was purged, or its clinician erased, while it was
	 * open: now that it is acknowledged, it goes.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void afterAcknowledgement(String crisisId) {
		if (Boolean.TRUE.equals(this.jdbc.queryForObject("SELECT forget_once_acknowledged FROM crisis WHERE id = ?",
				Boolean.class, crisisId))) {
			delete(List.of(crisisId));
		}
	}

	/** Acknowledged crises go now; open ones are marked to go once acknowledged. */
	private void forget(String column, String value) {
		delete(this.jdbc.queryForList(
				"SELECT id FROM crisis WHERE " + column + " = ? AND acknowledged_at IS NOT NULL FOR UPDATE",
				String.class, value));
		this.jdbc.update("UPDATE crisis SET forget_once_acknowledged = true WHERE " + column
				+ " = ? AND acknowledged_at IS NULL", value);
	}

	private void delete(List<String> ids) {
		for (String id : ids) {
			this.timers.cancel(CrisisPaging.TASK, id);
			this.jdbc.update("DELETE FROM crisis_page WHERE crisis_id = ?", id);
			this.jdbc.update("DELETE FROM crisis WHERE id = ?", id);
		}
		this.trail.forget(ids);
	}

}
