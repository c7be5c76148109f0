package org.peersupport.outreach.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.peersupport.accesstrail.TrailPseudonyms;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes one case's identifiable records, in the caller's transaction: what the purge
 * and an erasure share. Plain SQL over the features' tables, because this feature must
 * not depend on the features it cleans up after (they call it: a closing case schedules
 * its purge).
 */
@Repository
class CaseRecords {

	private final JdbcTemplate jdbc;

	private final TrailPseudonyms trail;

	CaseRecords(JdbcTemplate jdbc, TrailPseudonyms trail) {
		this.jdbc = jdbc;
		this.trail = trail;
	}

	/** The ids of a person's cases, open and closed. */
	List<UUID> casesOf(String staffId) {
		return this.jdbc.queryForList("SELECT id FROM outreach_case WHERE staff_id = ?", UUID.class, staffId);
	}

	boolean hasCases(String staffId) {
		return Boolean.TRUE.equals(this.jdbc
			.queryForObject("SELECT EXISTS (SELECT 1 FROM outreach_case WHERE staff_id = ?)", Boolean.class, staffId));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void delete(UUID caseId) {
		List<String> timerSubjects = new ArrayList<>(List.of(caseId.toString()));
		timerSubjects
			.addAll(this.jdbc.queryForList("SELECT id::text FROM follow_up WHERE case_id = ?", String.class, caseId));
		// Every timer about the case or its follow-ups. The task names belong to the
		// features that schedule them; deleting a row nobody has picked is what
		// cancelling it does. A timer firing right now finds its case gone and does
		// nothing.
		this.jdbc.update("DELETE FROM scheduled_tasks WHERE task_instance = ANY (?) AND NOT picked",
				(Object) timerSubjects.toArray(String[]::new));
		anonymizeCampaignMembers(caseId);
		for (String table : List.of("case_event", "follow_up", "escalation", "case_preferences", "case_referrer",
				"case_action")) {
			this.jdbc.update("DELETE FROM " + table + " WHERE case_id = ?", caseId);
		}
		this.jdbc.update("DELETE FROM outreach_case WHERE id = ?", caseId);
		this.trail.forget(List.of(caseId.toString()));
	}

	/**
	 * A campaign's progress counted the member through the case: the counts are frozen on
	 * the member before the case goes, and the staff id becomes a random pseudonym.
	 */
	private void anonymizeCampaignMembers(UUID caseId) {
		this.jdbc.update(
				"""
						UPDATE campaign_member m SET
						    offered = c.offered_at IS NOT NULL,
						    accepted = coalesce(c.status = 'ACCEPTED' OR c.close_reason IN ('COMPLETED', 'DECLINED_BY_CLINICIAN'), false),
						    reached = coalesce(c.close_reason = 'COMPLETED', false)
						        OR EXISTS (SELECT 1 FROM follow_up f WHERE f.case_id = c.id AND f.trigger = 'AFTER_FIRST_CONTACT'),
						    declined = c.close_reason IS NOT DISTINCT FROM 'DECLINED_BY_CLINICIAN',
						    staff_id = ?::text || gen_random_uuid()::text, case_id = NULL
						FROM outreach_case c
						WHERE c.id = ? AND m.case_id = c.id
						""",
				Pseudonyms.PREFIX, caseId);
	}

}
