package org.peersupport.matching.wellbeing;

import java.time.Instant;

/**
 * A supporter's own load, as their wellbeing page shows it.
 *
 * @param staffId the supporter
 * @param paused whether they paused themselves
 * @param maxActive how many open offers and cases they take at once
 * @param openOffers offers waiting for their answer
 * @param activeCases cases they accepted and hold now
 * @param recentCases cases accepted in the recent window (30 days by default)
 * @param recentHighImpactCases high-impact cases among them
 * @param coolDownUntil when their cool-down after a high-impact case ends, or null
 * @param fatigue how close they are to the fatigue thresholds
 */
public record SupporterLoadView(String staffId, boolean paused, int maxActive, int openOffers, int activeCases,
		int recentCases, int recentHighImpactCases, Instant coolDownUntil, FatigueLevel fatigue) {
}
