package org.peersupport.matching.wellbeing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A supporter's own load, as their wellbeing page shows it.
 *
 * @param staffId the supporter
 * @param paused whether they paused themselves (or an administrator paused them)
 * @param pausedUntil the last day of their pause, or null when it has no end (or they are
 * not paused)
 * @param maxActive how many open offers and cases they take at once
 * @param openOffers offers waiting for their answer
 * @param activeCases cases they accepted and hold now
 * @param recentCases cases accepted in the recent window (30 days by default)
 * @param recentHighImpactCases high-impact cases among them
 * @param coolDownUntil when their cool-down after a high-impact case ends, or null
 * @param fatigue how close they are to the fatigue thresholds
 */
public record SupporterLoadView(String staffId, boolean paused, LocalDate pausedUntil, int maxActive, int openOffers,
		int activeCases, int recentCases, int recentHighImpactCases, Instant coolDownUntil, FatigueLevel fatigue) {
}
