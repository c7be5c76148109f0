package org.peersupport.matching.offer;

import java.util.Map;

/**
 * Commitments besides offers and cases that take a supporter's capacity (a team debrief
 * they facilitate). Implemented by the features that own them, so offers do not depend on
 * them.
 */
public interface SupporterCommitments {

	/** How many such commitments each supporter holds now. */
	Map<String, Integer> bySupporter();

}
