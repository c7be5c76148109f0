package org.peersupport.contracts.events;

import java.time.Instant;

/**
 * A closed case's identifiable records reached the end of their retention and outreach
 * deleted its own. Every service that keeps records of the case deletes or anonymizes
 * them on this event, and pseudonymizes its access-trail entries that point at them;
 * counts and aggregates stay as they were.
 *
 * @param caseId the outreach case whose records are gone
 * @param staffId the clinician, so a consumer can find person-level records and trail
 * entries
 * @param facility the case's facility, or null
 * @param closedAt when the case closed
 * @param purgedAt when outreach purged it
 * @param lastCaseOfPerson true when outreach holds no other case of this clinician (open
 * or still within retention): person-level records kept only for cases (preferences no
 * longer needed, trail entries naming the staff id) may go too
 */
public record CasePurged(String caseId, String staffId, String facility, Instant closedAt, Instant purgedAt,
		boolean lastCaseOfPerson) {
}
