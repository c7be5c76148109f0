package org.peersupport.contracts.events;

import java.time.Instant;

/**
 * A referral was offered to a clinician, with their consent.
 *
 * @param referralId the referral
 * @param caseId the outreach case
 * @param staffId the clinician
 * @param kind the kind of resource
 * @param resourceId the catalog resource, or null when none is configured
 * @param facility the facility, or null
 * @param madeAt when
 */
public record ReferralMade(String referralId, String caseId, String staffId, ReferralKind kind, String resourceId,
		String facility, Instant madeAt) {
}
