package org.peersupport.outreach.outreachcase;

/**
 * How the administrator reached a clinician outside the platform. Only how, never what
 * was said: check-in content is not stored.
 */
public enum OutsideContact {

	PHONE, IN_PERSON, OTHER

}
