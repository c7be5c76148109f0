package org.peersupport.contracts.events;

import java.time.Instant;

/**
 * An offer expired unanswered; matching re-offers the case to someone else.
 *
 * @param offerId the offer
 * @param caseId the outreach case
 * @param staffId the clinician
 * @param supporterId the supporter who did not answer
 * @param expiredAt when
 */
public record AssignmentExpired(String offerId, String caseId, String staffId, String supporterId, Instant expiredAt) {
}
