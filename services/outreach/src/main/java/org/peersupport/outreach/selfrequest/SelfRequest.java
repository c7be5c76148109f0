package org.peersupport.outreach.selfrequest;

import org.peersupport.contracts.events.SupportPreferences;

/**
 * A clinician's own request for a check-in: no reason, only optional choices.
 *
 * @param staffId the clinician, from their token
 * @param when how soon
 * @param preferences who they would like and how to be contacted
 */
public record SelfRequest(String staffId, When when, SupportPreferences preferences) {

	/** How soon the clinician would like to talk. */
	public enum When {

		/** "I need to talk now": the crisis path pages the on-call lead at once. */
		NOW,
		/** Today: the policy's {@code selfRequest.today} window. */
		TODAY,
		/** This week: the policy's {@code selfRequest.thisWeek} window. */
		THIS_WEEK

	}

}
