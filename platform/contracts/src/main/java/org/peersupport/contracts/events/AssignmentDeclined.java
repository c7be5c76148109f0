package org.peersupport.contracts.events;

import java.time.Instant;

/**
 * A supporter declined an offer; matching re-offers the case to someone else.
 *
 * @param offerId the offer
 * @param caseId the outreach case
 * @param staffId the clinician to reach
 * @param supporterId the supporter who declined
 * @param declinedAt when
 */
public record AssignmentDeclined(String offerId, String caseId, String staffId, String supporterId,
		Instant declinedAt) {
}
