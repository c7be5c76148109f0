package org.peersupport.outreach.api;

import org.peersupport.web.InvalidInputException;

/**
 * Who is making a change. Until the platform's security module authenticates callers, the
 * caller names itself in a header; every change records it.
 */
final class Actors {

	static final String HEADER = "X-Peersupport-Actor";

	private Actors() {
	}

	static String required(String actor) {
		if (actor == null || actor.isBlank()) {
			throw new InvalidInputException(HEADER, "is required: who makes this change");
		}
		if (actor.length() > 200) {
			throw new InvalidInputException(HEADER, "must be at most 200 characters");
		}
		return actor.trim();
	}

}
