package org.peersupport.contracts.events;

/** How a clinician would like to be contacted. */
public enum ContactChannel {

	EMAIL, SMS, PHONE

}
