package org.peersupport.dashboard.figures;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/**
 * Seconds from intake receiving a case's first event to the case's first offer.
 *
 * @param median the median, or null before the first offer
 * @param p90 the 90th percentile, or null before the first offer
 * @param cases how many cases the figures cover
 */
@Introspected
public record LatencySummary(@Nullable Double median, @Nullable Double p90, long cases) {
}
