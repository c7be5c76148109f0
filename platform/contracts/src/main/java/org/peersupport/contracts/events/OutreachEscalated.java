package org.peersupport.contracts.events;

import java.time.Instant;

/**
 * A case needs the program administrator: nothing waits silently.
 *
 * @param caseId the outreach case
 * @param staffId the clinician
 * @param reason a stable reason code such as {@code UNKNOWN_STAFF}
 * @param escalatedAt when it was escalated
 * @param source what started the case; INCIDENT for records written before it was carried
 */
public record OutreachEscalated(String caseId, String staffId, String reason, Instant escalatedAt, CaseSource source) {

	public OutreachEscalated {
		source = CaseSource.orIncident(source);
	}

	/** A case started by an incident report. */
	public OutreachEscalated(String caseId, String staffId, String reason, Instant escalatedAt) {
		this(caseId, staffId, reason, escalatedAt, CaseSource.INCIDENT);
	}

}
