package org.peersupport.contracts.events;

/** Whether a check-in reached the clinician. */
public enum ContactOutcome {

	/** The supporter and the clinician talked. */
	REACHED,
	/** The supporter could not reach the clinician. */
	NOT_REACHED,
	/** The clinician declined the check-in. */
	DECLINED

}
