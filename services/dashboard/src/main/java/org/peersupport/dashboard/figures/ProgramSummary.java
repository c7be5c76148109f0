package org.peersupport.dashboard.figures;

/**
 * The program's headline figures.
 *
 * @param eventsReported adverse events accepted by intake
 * @param casesOpened outreach cases opened
 * @param offers offers made to supporters, re-offers included
 * @param acceptances offers accepted
 * @param declines offers declined
 * @param casesNeedingAttention cases waiting for the program administrator now
 * @param medianSecondsToFirstOffer median seconds from receipt to first offer, or null
 * @param p90SecondsToFirstOffer 90th percentile of the same, or null
 * @param casesTimed how many cases the timing covers
 */
public record ProgramSummary(long eventsReported, long casesOpened, long offers, long acceptances, long declines,
		long casesNeedingAttention, Double medianSecondsToFirstOffer, Double p90SecondsToFirstOffer, long casesTimed) {
}
