package org.peersupport.contracts.events;

import java.time.Instant;

/**
 * A supporter raised the crisis flag at a check-in; the on-call program lead is paged at
 * once.
 *
 * @param crisisId the crisis
 * @param caseId the outreach case
 * @param staffId the clinician
 * @param supporterId the supporter who raised it
 * @param facility the facility, or null
 * @param raisedAt when
 */
public record CrisisRaised(String crisisId, String caseId, String staffId, String supporterId, String facility,
		Instant raisedAt) {
}
