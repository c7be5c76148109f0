package org.peersupport.matching.checkin;

import java.util.List;

import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.contracts.events.NeedCode;
import org.peersupport.contracts.events.ReferralKind;

/**
 * What a supporter records after a check-in: codes and flags, never words. What was said
 * stays between the two colleagues.
 *
 * @param contact whether the clinician was reached
 * @param needs the needs the clinician named
 * @param referrals the kinds of resource offered
 * @param referralConsent whether the clinician agreed to the referrals being recorded
 * @param crisis whether the supporter is worried about the clinician's safety
 * @param followUpWanted whether the clinician would like another check-in
 * @param followUpId the follow-up this check-in answers, or null for the first contact
 */
public record CheckinOutcome(ContactOutcome contact, List<NeedCode> needs, List<ReferralKind> referrals,
		boolean referralConsent, boolean crisis, boolean followUpWanted, String followUpId) {

	public CheckinOutcome {
		needs = List.copyOf(needs);
		referrals = List.copyOf(referrals);
	}

}
