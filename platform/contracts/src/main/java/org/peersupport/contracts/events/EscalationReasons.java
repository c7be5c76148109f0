package org.peersupport.contracts.events;

/**
 * The stable reason codes of {@link OutreachEscalated}. They are strings on the wire so
 * that a consumer built against an older list still reads a newer reason.
 */
public final class EscalationReasons {

	/** The clinician is not in the staff directory. */
	public static final String UNKNOWN_STAFF = "UNKNOWN_STAFF";

	/** Nobody passes matching's hard constraints. */
	public static final String NO_ELIGIBLE_SUPPORTER = "NO_ELIGIBLE_SUPPORTER";

	/** Offers were declined or expired as often as the program allows. */
	public static final String OFFERS_EXHAUSTED = "OFFERS_EXHAUSTED";

	/** The case's policy window ends soon and nobody has accepted. */
	public static final String WINDOW_AT_RISK = "WINDOW_AT_RISK";

	/** The case's policy window ended and nobody had accepted. */
	public static final String WINDOW_MISSED = "WINDOW_MISSED";

	/** A follow-up passed its deadline without a check-in. */
	public static final String FOLLOW_UP_MISSED = "FOLLOW_UP_MISSED";

	/**
	 * Many people were involved in one event, or its category is one the policy names:
	 * the administrator may run a group debrief.
	 */
	public static final String TEAM_DEBRIEF_PROPOSED = "TEAM_DEBRIEF_PROPOSED";

	/**
	 * A proposed team debrief is still unscheduled after the policy's
	 * {@code teamDebriefLeadTime}.
	 */
	public static final String TEAM_DEBRIEF_UNSCHEDULED = "TEAM_DEBRIEF_UNSCHEDULED";

	/**
	 * Matching found no eligible facilitator for a scheduled team debrief; nobody was
	 * invited.
	 */
	public static final String TEAM_DEBRIEF_UNSTAFFED = "TEAM_DEBRIEF_UNSTAFFED";

	/**
	 * The clinician left the staff directory (a tombstone that was not an erasure) while
	 * their case was still open.
	 */
	public static final String LEFT_DIRECTORY = "LEFT_DIRECTORY";

	private EscalationReasons() {
	}

}
