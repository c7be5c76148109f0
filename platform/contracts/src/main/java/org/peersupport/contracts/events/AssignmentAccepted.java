package org.peersupport.contracts.events;

import java.time.Instant;

/**
 * A supporter accepted an offer.
 *
 * @param offerId the offer
 * @param caseId the outreach case
 * @param staffId the clinician to reach
 * @param supporterId the supporter
 * @param acceptedAt when
 */
public record AssignmentAccepted(String offerId, String caseId, String staffId, String supporterId,
		Instant acceptedAt) {
}
