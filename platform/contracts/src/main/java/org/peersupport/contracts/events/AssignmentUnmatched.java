package org.peersupport.contracts.events;

import java.time.Instant;

/**
 * Matching could not place a case; outreach moves it to needs-attention.
 *
 * @param caseId the outreach case
 * @param staffId the clinician
 * @param reason why
 * @param at when
 */
public record AssignmentUnmatched(String caseId, String staffId, UnmatchedReason reason, Instant at) {
}
