package org.peersupport.contracts.events;

/** A need the clinician named, as a code. There is no free text, by design. */
public enum NeedCode {

	/** Trouble sleeping. */
	SLEEP,
	/** Workload or time off. */
	WORKLOAD,
	/** Worry about legal consequences. */
	LEGAL_WORRY,
	/** Grief. */
	GRIEF,
	/** Guilt or shame. */
	GUILT_OR_SHAME,
	/** Anxiety or intrusive memories. */
	ANXIETY,
	/** Returning to work or to the same kind of case. */
	RETURN_TO_WORK,
	/** Family or home. */
	FAMILY,
	/** Talking with the patient or family. */
	DISCLOSURE,
	/** Reputation, media or licensure. */
	REPUTATION,
	/** Another need, not recorded further. */
	OTHER

}
