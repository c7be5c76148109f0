package org.peersupport.outreach.api;

import org.peersupport.security.Actor;

import org.springframework.security.access.AccessDeniedException;

/** Routes for members of staff: the caller's token (or session) carries a staff id. */
final class StaffOnly {

	private StaffOnly() {
	}

	/**
	 * The caller's staff id; a machine, or a person outside the directory, is refused
	 * (403).
	 */
	static String staffId(Actor caller) {
		if (caller.staffId() == null) {
			throw new AccessDeniedException("only a member of staff may do this");
		}
		return caller.staffId();
	}

}
