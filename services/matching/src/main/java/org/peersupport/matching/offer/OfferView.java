package org.peersupport.matching.offer;

import java.time.Instant;

/**
 * An offer as the supporter sees it: who to reach and how, never any clinical detail.
 *
 * @param id the offer
 * @param caseId the outreach case
 * @param staffId the clinician to reach
 * @param clinicianName their name, when the directory knows it
 * @param clinicianEmail their e-mail, when the directory knows it
 * @param status where the offer stands
 * @param offeredAt when it was made
 * @param answeredAt when it was answered, or null
 */
public record OfferView(String id, String caseId, String staffId, String clinicianName, String clinicianEmail,
		OfferStatus status, Instant offeredAt, Instant answeredAt) {
}
