package org.peersupport.matching.offer;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.peersupport.accesstrail.TrailPseudonyms;
import org.peersupport.matching.privacy.PersonErasure;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases what matching keeps of a person through cases (docs/matching.md, "Retention and
 * erasure"). As a clinician: each of their cases is forgotten like a purged one, with
 * their match preferences, and they are dropped from other cases' exclusions. As a
 * supporter: an offer still waiting for their answer expires through the usual path, so
 * the case goes to the next supporter; other clinicians' offers, explanations and
 * check-ins keep a pseudonym in their place; their pause, availability, training,
 * facilitations, e-mails and tallies are deleted. Their directory entry is the
 * directory's own erasure.
 */
@Component
class CaseSideErasure implements PersonErasure {

	private final CaseRecords records;

	private final OfferAnswers answers;

	private final CapacityLock capacity;

	private final JdbcTemplate jdbc;

	private final TrailPseudonyms trail;

	private final Clock clock;

	CaseSideErasure(CaseRecords records, OfferAnswers answers, CapacityLock capacity, JdbcTemplate jdbc,
			TrailPseudonyms trail, Clock clock) {
		this.records = records;
		this.answers = answers;
		this.capacity = capacity;
		this.jdbc = jdbc;
		this.trail = trail;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void erase(String staffId, Instant requestedAt) {
		this.capacity.acquire();
		Instant now = this.clock.instant();
		for (UUID caseId : this.jdbc.queryForList("SELECT case_id FROM match_request WHERE staff_id = ?", UUID.class,
				staffId)) {
			this.records.forget(caseId, now);
		}
		asClinician(staffId);
		// Expired while the supporter is still named on it, so the re-offer passes them
		// by.
		for (UUID offerId : this.jdbc.queryForList(
				"SELECT id FROM offer WHERE supporter_id = ? AND status = 'OFFERED' ORDER BY id", UUID.class,
				staffId)) {
			this.answers.expire(offerId);
		}
		asSupporter(staffId, "erased-" + UUID.randomUUID());
		this.trail.forgetPerson(staffId);
	}

	private void asClinician(String staffId) {
		this.jdbc.update("DELETE FROM checkin WHERE staff_id = ?", staffId);
		this.jdbc.update("DELETE FROM supporter_notification WHERE staff_id = ?", staffId);
		this.jdbc.update("DELETE FROM clinician_preference WHERE staff_id = ?", staffId);
		this.jdbc.update("""
				UPDATE match_request
				SET excluded_staff_ids = array_to_string(array_remove(string_to_array(excluded_staff_ids, ','), ?), ',')
				WHERE ? = ANY (string_to_array(excluded_staff_ids, ','))""", staffId, staffId);
	}

	/**
	 * Other clinicians' cases keep their offers (a case's history of who was asked), with
	 * a pseudonym for the erased supporter.
	 */
	private void asSupporter(String staffId, String pseudonym) {
		this.jdbc.update("UPDATE offer SET supporter_id = ? WHERE supporter_id = ?", pseudonym, staffId);
		this.jdbc.update("UPDATE offer_explanation SET explanation = jsonb_set(explanation, '{supporterId}', "
				+ "to_jsonb(?::text)) WHERE explanation ->> 'supporterId' = ?", pseudonym, staffId);
		this.jdbc.update("UPDATE checkin SET supporter_id = ? WHERE supporter_id = ?", pseudonym, staffId);
		this.jdbc.update("DELETE FROM supporter_notification WHERE supporter_id = ?", staffId);
		this.jdbc.update("DELETE FROM debrief_facilitator WHERE supporter_id = ?", staffId);
		this.jdbc.update("DELETE FROM supporter_case_tally WHERE supporter_id = ?", staffId);
		this.jdbc.update("DELETE FROM supporter_state WHERE staff_id = ?", staffId);
		this.jdbc.update("DELETE FROM availability WHERE staff_id = ?", staffId);
		this.jdbc.update("DELETE FROM training_record WHERE staff_id = ?", staffId);
	}

}
