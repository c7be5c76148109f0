package org.peersupport.contracts.events;

import java.time.Instant;

/**
 * A case needs the program administrator: nothing waits silently.
 *
 * @param caseId the outreach case
 * @param staffId the clinician
 * @param reason a stable reason code such as {@code UNKNOWN_STAFF}
 * @param escalatedAt when it was escalated
 */
public record OutreachEscalated(String caseId, String staffId, String reason, Instant escalatedAt) {
}
