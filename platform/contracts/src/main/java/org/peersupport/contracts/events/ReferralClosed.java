package org.peersupport.contracts.events;

import java.time.Instant;

/**
 * A referral was closed, with whether the clinician connected.
 *
 * @param referralId the referral
 * @param caseId the outreach case
 * @param staffId the clinician
 * @param kind the kind of resource
 * @param outcome how it ended
 * @param facility the facility, or null
 * @param closedAt when
 */
public record ReferralClosed(String referralId, String caseId, String staffId, ReferralKind kind,
		ReferralOutcome outcome, String facility, Instant closedAt) {
}
