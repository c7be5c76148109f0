package org.peersupport.contracts.events;

/** Whether the event reached the patient or was caught in time. */
public enum Actuality {

	ACTUAL, NEAR_MISS

}
