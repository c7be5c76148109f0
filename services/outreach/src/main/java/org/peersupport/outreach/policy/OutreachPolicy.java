package org.peersupport.outreach.policy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;

/**
 * A validated outreach policy, in the types the timing rules use, grouped as the
 * {@link PolicyDocument} is. Built only by {@link PolicyReader}, so every instance is
 * consistent.
 *
 * @param contact when people may be contacted
 * @param windows by when a supporter must have accepted
 * @param deadlines how long offers, warnings and unreached cases last
 * @param urgent which cases override quiet hours, rest and contact windows
 * @param followUps when follow-ups are due
 * @param eligibility who is contacted
 * @param teamDebrief when a team debrief is proposed, and how long it may wait
 * @param selfRequest the windows of a clinician's own request
 * @param retention how long a closed case's identifiable records are kept
 */
public record OutreachPolicy(Contact contact, Windows windows, Deadlines deadlines, Urgent urgent,
		FollowUpTiming followUps, Scope eligibility, TeamDebrief teamDebrief, SelfRequestWindows selfRequest,
		Retention retention) {

	/**
	 * The retention of a policy that names none (every policy stored before it existed).
	 */
	static final Retention DEFAULT_RETENTION = new Retention(Duration.ofDays(30));

	/** A team is at least two people: one person's event is their own check-in. */
	private static final int SMALLEST_TEAM = 2;

	/**
	 * The windows of a policy that names none (every policy stored before they existed).
	 */
	static final SelfRequestWindows DEFAULT_SELF_REQUEST = new SelfRequestWindows(Duration.ofHours(4),
			Duration.ofDays(7));

	/** Roles treated as physicians by the {@code PHYSICIANS_ONLY} scope. */
	static final Set<String> PHYSICIAN_ROLES = Set.of("MD", "DO", "PHYSICIAN", "RESIDENT", "FELLOW", "ATTENDING",
			"HOSPITALIST", "SURGEON", "ANESTHESIOLOGIST", "INTERN");

	/** Whether someone with this role is contacted; an unknown role is contacted. */
	public boolean inScope(String role) {
		return this.eligibility.includes(role);
	}

	/**
	 * Whether an event with this many people involved, of this category (or none),
	 * proposes a team debrief.
	 */
	public boolean proposesTeamDebrief(int involved, EventCategory category) {
		return involved >= this.teamDebrief.threshold()
				|| (involved >= SMALLEST_TEAM && category != null && this.teamDebrief.categories().contains(category));
	}

	/** The number of people involved in one event that proposes a team debrief. */
	public int teamDebriefThreshold() {
		return this.teamDebrief.threshold();
	}

	/**
	 * @param threshold this many people involved in one event propose a team debrief
	 * @param categories events of these categories propose one with two people or more
	 * @param leadTime a proposed debrief unscheduled this long reminds the administrator
	 */
	public record TeamDebrief(int threshold, Set<EventCategory> categories, Duration leadTime) {
	}

	/**
	 * When people may be contacted.
	 *
	 * @param zone the facility's time zone
	 * @param quietHours the quiet hours, or null
	 * @param restAfterNightShift rest after a night shift
	 */
	public record Contact(ZoneId zone, LocalTimeRange quietHours, Duration restAfterNightShift) {
	}

	/**
	 * Severity windows.
	 *
	 * @param byHarm the window per harm level (every level present)
	 * @param byCategory windows that apply to some categories
	 * @param nearMiss the window of a near miss
	 */
	public record Windows(Map<HarmLevel, Duration> byHarm, Map<EventCategory, Duration> byCategory, Duration nearMiss) {
	}

	/**
	 * @param acceptWithin the least time supporters get to accept
	 * @param escalationLeadTime warning time before a window ends
	 * @param expiryGrace how long an unreached case stays open after its window
	 */
	public record Deadlines(Duration acceptWithin, Duration escalationLeadTime, Duration expiryGrace) {
	}

	/**
	 * @param harm harm levels that override quiet hours, rest and contact windows
	 * @param highImpact whether high-impact categories override them too
	 */
	public record Urgent(Set<HarmLevel> harm, boolean highImpact) {
	}

	/**
	 * @param offsets offsets of follow-ups after a first contact
	 * @param respondWithin how long a follow-up may wait before it is missed
	 * @param requestedAfter when a requested follow-up is due
	 * @param milestoneLeadTime how long before a milestone its follow-up is due
	 */
	public record FollowUpTiming(List<Duration> offsets, Duration respondWithin, Duration requestedAfter,
			Duration milestoneLeadTime) {
	}

	/**
	 * By when a supporter must have accepted a clinician's own request.
	 *
	 * @param today "today" (and a request that chose nothing)
	 * @param thisWeek "this week"
	 */
	public record SelfRequestWindows(Duration today, Duration thisWeek) {
	}

	/**
	 * @param afterClose a closed case's identifiable records are purged this long after
	 * it closed (never sooner than its longest follow-up offset, so a planned follow-up
	 * never finds its case gone)
	 */
	public record Retention(Duration afterClose) {
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
			String normalized = role.trim().toUpperCase(Locale.ROOT);
			return this.roles.contains(normalized);
		}

	}

}
