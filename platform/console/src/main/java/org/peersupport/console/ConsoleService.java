package org.peersupport.console;

/** The services that serve console pages. */
public enum ConsoleService {

	OUTREACH, MATCHING, REFERRAL

}
