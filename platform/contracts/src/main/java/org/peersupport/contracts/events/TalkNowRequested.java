package org.peersupport.contracts.events;

import java.time.Instant;

/**
 * A clinician asked to talk to someone now: the crisis path pages the on-call program
 * lead at once, as for a crisis flagged at a check-in. Ids and times only.
 *
 * @param requestId the request, unique: a redelivery raises nothing twice
 * @param caseId the outreach case the request opened or joined
 * @param staffId the clinician
 * @param facility the case's facility, or null
 * @param requestedAt when they asked
 */
public record TalkNowRequested(String requestId, String caseId, String staffId, String facility, Instant requestedAt) {
}
