package org.peersupport.matching.training;

/** Kinds of peer-support training a program records. */
public enum TrainingKind {

	/** The core five-hour peer-support training; qualifies a supporter by default. */
	CORE_5H,
	/** Role-play practice. */
	ROLE_PLAY,
	/** The program's monthly supporter meeting. */
	MONTHLY_MEETING,
	/** A refresher of the core training. */
	REFRESHER,
	/**
	 * Group debrief facilitation: qualifies a supporter to facilitate team debriefs,
	 * through its expiry date.
	 */
	DEBRIEF_FACILITATION

}
