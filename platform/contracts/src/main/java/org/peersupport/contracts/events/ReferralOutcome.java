package org.peersupport.contracts.events;

/** How a referral ended. */
public enum ReferralOutcome {

	/** The clinician connected with the resource. */
	CONNECTED,
	/** The follow-up found no connection. */
	NOT_CONNECTED,
	/** The clinician declined the referral. */
	DECLINED

}
