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
 * @param source what started the case; INCIDENT for records written before it was carried
 */
public record FollowUpDue(String followUpId, String caseId, String staffId, FollowUpTrigger trigger, String facility,
		Instant dueAt, Instant respondBy, CaseSource source) {

	public FollowUpDue {
		source = CaseSource.orIncident(source);
	}

	/** A follow-up of a case started by an incident report. */
	public FollowUpDue(String followUpId, String caseId, String staffId, FollowUpTrigger trigger, String facility,
			Instant dueAt, Instant respondBy) {
		this(followUpId, caseId, staffId, trigger, facility, dueAt, respondBy, CaseSource.INCIDENT);
	}

}
