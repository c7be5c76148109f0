package org.peersupport.contracts.events;

import java.time.Instant;

/**
 * A follow-up check-in is due for a case; matching tells the case's supporter.
 *
 * @param followUpId the follow-up
 * @param caseId the outreach case
 * @param staffId the clinician
 * @param trigger what scheduled it
 * @param facility the facility, or null
 * @param dueAt when the follow-up is due
 * @param respondBy when it counts as missed
 */
public record FollowUpDue(String followUpId, String caseId, String staffId, FollowUpTrigger trigger, String facility,
		Instant dueAt, Instant respondBy) {
}
