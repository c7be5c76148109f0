package org.peersupport.matching.training;

/** Kinds of peer-support training a program records. */
public enum TrainingKind {

	/** The core five-hour peer-support training; qualifies a supporter by default. */
	CORE_5H("Core peer-support training (5 hours)"),
	/** Role-play practice. */
	ROLE_PLAY("Role-play practice"),
	/** The program's monthly supporter meeting. */
	MONTHLY_MEETING("Monthly supporter meeting"),
	/** A refresher of the core training. */
	REFRESHER("Refresher of the core training"),
	/**
	 * Group debrief facilitation: qualifies a supporter to facilitate team debriefs,
	 * through its expiry date.
	 */
	DEBRIEF_FACILITATION("Group debrief facilitation");

	private final String label;

	TrainingKind(String label) {
		this.label = label;
	}

	/** The course in plain words, as a page shows it. */
	public String label() {
		return this.label;
	}

}
