package org.peersupport.contracts.events;

/** Why an outreach case was closed. */
public enum CloseReason {

	/** The check-in happened and no follow-up is pending. */
	COMPLETED,
	/** The clinician said no thank you; declining is always fine. */
	DECLINED_BY_CLINICIAN,
	/** The clinician opted out of outreach; honoured at once. */
	OPTED_OUT,
	/**
	 * The clinician's role is outside the program's eligibility scope; counted, never
	 * contacted.
	 */
	OUT_OF_SCOPE,
	/** Nobody could reach the clinician before the case's time ran out. */
	EXPIRED,
	/**
	 * The program administrator reached the clinician another way (by phone, in person)
	 * and recorded it: the case needs no supporter any more.
	 */
	CONTACTED_OUTSIDE_PLATFORM,
	/**
	 * The program administrator closed it for a reason of the program's (a duplicate, the
	 * clinician left, another program supports them); outreach keeps which.
	 */
	CLOSED_BY_ADMINISTRATOR

}
