package org.peersupport.outreach.outreachcase;

import java.time.Instant;

/**
 * Something an administrator did to a case by hand.
 *
 * @param action what ({@link #OUTSIDE_CONTACT} or {@link #CLOSED})
 * @param detail how they made contact ({@link OutsideContact}) or why they closed it
 * ({@link AdministratorClosure}), or null
 * @param actor who did it, as the token named them
 * @param at when
 */
public record CaseActionEntry(String action, String detail, String actor, Instant at) {

	public static final String OUTSIDE_CONTACT = "OUTSIDE_CONTACT";

	public static final String CLOSED = "CLOSED";

}
