package org.peersupport.contracts.events;

import java.time.Instant;

/**
 * An on-call program lead acknowledged a crisis.
 *
 * @param crisisId the crisis
 * @param caseId the outreach case
 * @param staffId the clinician
 * @param acknowledgedBy the lead's staff id
 * @param facility the facility, or null
 * @param raisedAt when the crisis was raised
 * @param acknowledgedAt when it was acknowledged
 */
public record CrisisAcknowledged(String crisisId, String caseId, String staffId, String acknowledgedBy, String facility,
		Instant raisedAt, Instant acknowledgedAt) {
}
