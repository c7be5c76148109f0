package org.peersupport.outreach.privacy;

import java.util.UUID;

import org.peersupport.accesstrail.TrailPseudonyms;

/**
 * Pseudonyms that stand for a purged or erased id: random, so nothing links them to the
 * id or to each other (no key exists that could be used to link them again).
 */
final class Pseudonyms {

	/**
	 * What every pseudonym starts with, so a reader sees it is one: the trail's, so one
	 * prefix means a pseudonym wherever it is found.
	 */
	static final String PREFIX = TrailPseudonyms.PREFIX;

	private Pseudonyms() {
	}

	static String random() {
		return PREFIX + UUID.randomUUID();
	}

}
