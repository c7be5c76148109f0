package org.peersupport.matching.offer;

import java.time.Clock;
import java.util.UUID;

import org.peersupport.accesstrail.TrailPseudonyms;
import org.peersupport.contracts.events.CasePurged;
import org.peersupport.matching.privacy.CasePurge;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outreach purged a closed case: matching forgets it too ({@link CaseRecords}). When it
 * was the clinician's last case, what matching kept of them only for their cases goes as
 * well: their stated match preferences and their staff id in the access trail. Their
 * directory entry stays: the roster is not a case record.
 */
@Component
class PurgedCases implements CasePurge {

	private final CaseRecords records;

	private final CapacityLock capacity;

	private final JdbcTemplate jdbc;

	private final TrailPseudonyms trail;

	private final Clock clock;

	PurgedCases(CaseRecords records, CapacityLock capacity, JdbcTemplate jdbc, TrailPseudonyms trail, Clock clock) {
		this.records = records;
		this.capacity = capacity;
		this.jdbc = jdbc;
		this.trail = trail;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void purge(CasePurged purged) {
		// Offers of the case may still hold capacity (a close that never arrived): taken
		// like every other decision that changes it.
		this.capacity.acquire();
		this.records.forget(UUID.fromString(purged.caseId()), this.clock.instant());
		if (purged.lastCaseOfPerson()) {
			this.jdbc.update("DELETE FROM clinician_preference WHERE staff_id = ?", purged.staffId());
			this.trail.forgetPerson(purged.staffId());
		}
	}

}
