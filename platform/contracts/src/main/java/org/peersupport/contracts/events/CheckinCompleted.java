package org.peersupport.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * The minimal outcome of a check-in. It has no free-text field, by design: check-in
 * content is never stored, and nothing here flows back to risk management.
 *
 * @param checkinId the check-in record
 * @param caseId the outreach case
 * @param offerId the accepted offer
 * @param staffId the clinician
 * @param supporterId the supporter
 * @param followUpId the follow-up this check-in answers, or null for the first contact
 * @param contact whether the clinician was reached
 * @param needs the needs named
 * @param referrals the kinds of resource the clinician was referred to
 * @param referralConsent whether the clinician consented to the referrals being recorded
 * @param crisis whether the supporter raised the crisis flag
 * @param followUpWanted whether the clinician wants a follow-up
 * @param facility the facility, or null
 * @param completedAt when
 */
public record CheckinCompleted(String checkinId, String caseId, String offerId, String staffId, String supporterId,
		String followUpId, ContactOutcome contact, List<NeedCode> needs, List<ReferralKind> referrals,
		boolean referralConsent, boolean crisis, boolean followUpWanted, String facility, Instant completedAt) {
}
