package org.peersupport.contracts.events;

import java.time.Instant;

/**
 * An outreach case was closed, with the reason.
 *
 * @param caseId the outreach case
 * @param staffId the clinician
 * @param reason why
 * @param facility the facility of the case's events, or null
 * @param closedAt when
 */
public record OutreachClosed(String caseId, String staffId, CloseReason reason, String facility, Instant closedAt) {
}
