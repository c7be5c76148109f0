package org.peersupport.contracts.events;

/**
 * How a staff member took part in an event. Everyone involved is offered support,
 * including witnesses and the person who reported it.
 */
public enum InvolvementRole {

	/**
	 * Performed the act at the centre of the event (gave the dose, led the procedure).
	 */
	PRIMARY,
	/** Took part in the care during the event. */
	PARTICIPANT,
	/** Saw the event without taking part. */
	WITNESS,
	/** Reported the event. */
	REPORTER,
	/** Any other involvement the reporting system names. */
	OTHER

}
