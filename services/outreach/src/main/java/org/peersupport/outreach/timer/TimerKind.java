package org.peersupport.outreach.timer;

/**
 * The durable timers of outreach. Each is a db-scheduler one-time task whose data is the
 * id of the case or follow-up it is about.
 */
public enum TimerKind {

	/** The case goes to matching (publishes {@code outreach.due.v1}). */
	OFFER_DUE("outreach-offer-due"),
	/** Warns the administrator before the window ends. */
	WINDOW_AT_RISK("outreach-window-at-risk"),
	/** The window ended without an accepting supporter. */
	WINDOW_MISSED("outreach-window-missed"),
	/** An unreached case closes as expired after the grace period. */
	CASE_EXPIRY("outreach-case-expiry"),
	/** A follow-up is due (publishes {@code outreach.follow-up-due.v1}). */
	FOLLOW_UP_DUE("outreach-follow-up-due"),
	/** A follow-up passed its deadline without a check-in. */
	FOLLOW_UP_MISSED("outreach-follow-up-missed");

	private final String taskName;

	TimerKind(String taskName) {
		this.taskName = taskName;
	}

	public String taskName() {
		return this.taskName;
	}

}
