package org.peersupport.contracts.events;

import java.time.Instant;

/**
 * A supporter was offered a case.
 *
 * @param offerId the offer
 * @param caseId the outreach case
 * @param staffId the clinician to reach
 * @param supporterId the supporter offered the case
 * @param offeredAt when
 */
public record AssignmentOffered(String offerId, String caseId, String staffId, String supporterId, Instant offeredAt) {
}
