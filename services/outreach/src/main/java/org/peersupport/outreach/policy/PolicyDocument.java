package org.peersupport.outreach.policy;

import java.util.List;

/**
 * The outreach policy as administrators read and write it: plain JSON with ISO-8601
 * durations ({@code PT24H}, {@code P3D}) and local times ({@code 21:00}). Everything is
 * text here so that validation can name the exact field that is wrong.
 *
 * @param timeZone the facility's time zone, for quiet hours and contact windows
 * @param windows the latest time, after the report, by which a supporter must have
 * accepted
 * @param acceptWithin how long supporters get to accept once an offer is made; a window
 * never ends sooner than this after the report
 * @param quietHours when nobody is contacted, or null for none
 * @param restAfterNightShift how long someone coming off a night shift is left alone
 * @param urgent which cases override quiet hours, rest and personal contact windows
 * @param followUps offsets after a first contact that reached the clinician
 * @param followUpRespondWithin how long a follow-up may wait before it counts as missed
 * @param requestedFollowUpAfter when a follow-up the clinician asked for is due
 * @param milestoneLeadTime how long before a milestone its follow-up is due
 * @param eligibility who is contacted at all
 * @param teamDebriefThreshold how many people involved in one event propose a team
 * debrief
 * @param escalationLeadTime how long before a window ends the administrator is warned
 * @param expiryGrace how long after a missed window an unreached case stays open
 * @param teamDebriefCategories event categories that propose a team debrief whatever the
 * number of people involved (two at least); left out: codes and violence against staff
 * @param teamDebriefLeadTime how long a proposed team debrief may stay unscheduled before
 * the administrator is reminded; left out: 24 hours
 * @param selfRequest the windows of a clinician's own request for a check-in, or null for
 * the built-in ones
 * @param retention how long a closed case's identifiable records are kept, or null for
 * the built-in 30 days
 */
public record PolicyDocument(String timeZone, Windows windows, String acceptWithin, QuietHours quietHours,
		String restAfterNightShift, Urgent urgent, List<String> followUps, String followUpRespondWithin,
		String requestedFollowUpAfter, String milestoneLeadTime, Eligibility eligibility, Integer teamDebriefThreshold,
		String escalationLeadTime, String expiryGrace, List<String> teamDebriefCategories, String teamDebriefLeadTime,
		SelfRequest selfRequest, Retention retention) {

	/**
	 * Severity windows.
	 *
	 * @param byHarm one window per harm level; each level exactly once
	 * @param byCategory windows for categories (typically the high-impact ones) that
	 * shorten the harm window
	 * @param nearMiss the window of a near miss
	 */
	public record Windows(List<HarmWindow> byHarm, List<CategoryWindow> byCategory, String nearMiss) {
	}

	public record HarmWindow(List<String> harm, String within) {
	}

	public record CategoryWindow(List<String> category, String within) {
	}

	public record QuietHours(String start, String end) {
	}

	public record Urgent(List<String> harm, Boolean highImpact) {
	}

	/**
	 * Who is contacted.
	 *
	 * @param scope {@code ALL_CLINICAL_STAFF}, {@code PHYSICIANS_ONLY} or {@code ROLES}
	 * @param roles the roles contacted when the scope is {@code ROLES}
	 */
	public record Eligibility(String scope, List<String> roles) {
	}

	/**
	 * The windows a clinician chooses from when they ask for a check-in themselves.
	 *
	 * @param today "today": the window of a request without a choice too
	 * @param thisWeek "this week"
	 */
	public record SelfRequest(String today, String thisWeek) {
	}

	/**
	 * How long identifiable records outlive their purpose.
	 *
	 * @param afterClose how long after a case closes its records are purged
	 */
	public record Retention(String afterClose) {
	}

}
