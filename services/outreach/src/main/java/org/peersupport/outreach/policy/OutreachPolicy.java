package org.peersupport.outreach.policy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;

/**
 * A validated outreach policy, in the types the timing rules use. Built only by
 * {@link PolicyReader}, so every instance is consistent.
 *
 * @param zone the facility's time zone
 * @param harmWindows the window per harm level (every level present)
 * @param categoryWindows windows that apply to some categories
 * @param nearMissWindow the window of a near miss
 * @param acceptWithin the least time supporters get to accept
 * @param quietHours the quiet hours, or null
 * @param restAfterNightShift rest after a night shift
 * @param urgentHarm harm levels that override quiet hours, rest and contact windows
 * @param urgentHighImpact whether high-impact categories override them too
 * @param followUps offsets of follow-ups after a first contact
 * @param followUpRespondWithin how long a follow-up may wait before it is missed
 * @param requestedFollowUpAfter when a requested follow-up is due
 * @param milestoneLeadTime how long before a milestone its follow-up is due
 * @param eligibility who is contacted
 * @param teamDebriefThreshold people involved in one event that propose a team debrief
 * @param escalationLeadTime warning time before a window ends
 * @param expiryGrace how long an unreached case stays open after its window
 */
public record OutreachPolicy(ZoneId zone, Map<HarmLevel, Duration> harmWindows,
		Map<EventCategory, Duration> categoryWindows, Duration nearMissWindow, Duration acceptWithin,
		LocalTimeRange quietHours, Duration restAfterNightShift, Set<HarmLevel> urgentHarm, boolean urgentHighImpact,
		List<Duration> followUps, Duration followUpRespondWithin, Duration requestedFollowUpAfter,
		Duration milestoneLeadTime, Scope eligibility, int teamDebriefThreshold, Duration escalationLeadTime,
		Duration expiryGrace) {

	/** Roles treated as physicians by the {@code PHYSICIANS_ONLY} scope. */
	static final Set<String> PHYSICIAN_ROLES = Set.of("MD", "DO", "PHYSICIAN", "RESIDENT", "FELLOW", "ATTENDING",
			"HOSPITALIST", "SURGEON", "ANESTHESIOLOGIST", "INTERN");

	/** Whether someone with this role is contacted; an unknown role is contacted. */
	public boolean inScope(String role) {
		return this.eligibility.includes(role);
	}

	/**
	 * A time-of-day range in the facility's zone; it may cross midnight
	 * ({@code 21:00-07:00}).
	 */
	public record LocalTimeRange(LocalTime start, LocalTime end) {
	}

	/** Eligibility scope. */
	public record Scope(String kind, Set<String> roles) {

		boolean includes(String role) {
			if (role == null || "ALL_CLINICAL_STAFF".equals(this.kind)) {
				return true;
			}
			String normalized = role.trim().toUpperCase(java.util.Locale.ROOT);
			return this.roles.contains(normalized);
		}

	}

}
