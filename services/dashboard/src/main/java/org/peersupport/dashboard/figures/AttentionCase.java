package org.peersupport.dashboard.figures;

import java.time.Instant;

/**
 * A case that needs the program administrator now: the dashboard's only list, with ids
 * and codes only.
 *
 * @param caseId the outreach case
 * @param reason the escalation reason code
 * @param since when it was escalated
 */
public record AttentionCase(String caseId, String reason, Instant since) {
}
