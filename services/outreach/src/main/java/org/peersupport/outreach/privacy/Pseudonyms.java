package org.peersupport.outreach.privacy;

import java.util.UUID;

/**
 * Pseudonyms that stand for a purged or erased id: random, so nothing links them to the
 * id or to each other (no key exists that could be used to link them again).
 */
final class Pseudonyms {

	/** What every pseudonym starts with, so a reader sees it is one. */
	static final String PREFIX = "anonymous-";

	private Pseudonyms() {
	}

	static String random() {
		return PREFIX + UUID.randomUUID();
	}

}
