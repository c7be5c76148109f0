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
 * @param source what started the case; INCIDENT for records written before it was carried
 */
public record OutreachClosed(String caseId, String staffId, CloseReason reason, String facility, Instant closedAt,
		CaseSource source) {

	public OutreachClosed {
		source = CaseSource.orIncident(source);
	}

	/** A case started by an incident report. */
	public OutreachClosed(String caseId, String staffId, CloseReason reason, String facility, Instant closedAt) {
		this(caseId, staffId, reason, facility, closedAt, CaseSource.INCIDENT);
	}

}
