package org.peersupport.outreach.clinician;

/** How a clinician prefers to be invited. */
public enum Channel {

	EMAIL, SMS, PHONE

}
