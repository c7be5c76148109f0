package org.peersupport.matching.offer;

import java.time.Instant;

/**
 * A supporter's accepted cases in the recent window.
 *
 * @param supporterId the supporter
 * @param recentCases cases accepted in the window
 * @param recentHighImpactCases high-impact cases accepted in the window
 * @param lastHighImpactAt when they last accepted a high-impact case, or null
 */
public record SupporterHistory(String supporterId, int recentCases, int recentHighImpactCases,
		Instant lastHighImpactAt) {

	public static SupporterHistory none(String supporterId) {
		return new SupporterHistory(supporterId, 0, 0, null);
	}

}
