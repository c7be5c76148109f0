package org.peersupport.outreach.outreachcase;

import java.time.Instant;
import java.util.UUID;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import org.peersupport.contracts.events.InvolvementRole;

/**
 * An event coalesced into a case, with the staff ids of everyone else involved,
 * comma-separated, so that none of them is ever offered as this clinician's supporter.
 */
@MappedEntity("case_event")
record CaseEvent(@Id UUID id, UUID caseId, String eventId, InvolvementRole role, String coInvolved, Instant addedAt) {
}
