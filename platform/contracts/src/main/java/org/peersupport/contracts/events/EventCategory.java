package org.peersupport.contracts.events;

/**
 * The documented event-category vocabulary. Some categories are high-impact whatever the
 * harm score, because raters agree only moderately on harm levels.
 */
public enum EventCategory {

	MEDICATION(false), PATIENT_DEATH(true), RESUSCITATION(true), FALL(false), SURGICAL(false), DIAGNOSTIC(false),
	DEVICE(false), INFECTION(false), VIOLENCE_AGAINST_STAFF(true), LAWSUIT(false), OTHER(false);

	private final boolean highImpact;

	EventCategory(boolean highImpact) {
		this.highImpact = highImpact;
	}

	public boolean isHighImpact() {
		return this.highImpact;
	}

}
