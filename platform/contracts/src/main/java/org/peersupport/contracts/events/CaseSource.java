package org.peersupport.contracts.events;

/**
 * What started an outreach case. Every source goes through the same policy, matching,
 * offer, escalation and follow-up; the dashboard counts reach by source. It is never
 * shown to the clinician: neither the referrer nor the incident.
 */
public enum CaseSource {

	/** An adverse event reported by a risk-management system (the only source before). */
	INCIDENT,
	/** The clinician asked for a check-in themselves. */
	SELF_REQUEST,
	/** A colleague asked the program to reach out to them. */
	COLLEAGUE_REFERRAL,
	/** A team event (a group debrief) started it. */
	TEAM,
	/** A program campaign (everyone in a unit, a season) started it. */
	CAMPAIGN;

	/**
	 * Records written before cases had a source carry none: every one of them came from
	 * an incident report.
	 */
	public static CaseSource orIncident(CaseSource source) {
		return (source != null) ? source : INCIDENT;
	}

}
