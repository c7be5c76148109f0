package org.peersupport.outreach.outreachcase;

import java.time.Instant;
import java.util.UUID;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A group debrief proposed for an event that involved many people: once per event, on one
 * of its cases.
 */
@MappedEntity("team_debrief")
record TeamDebrief(@Id String eventId, UUID caseId, int involved, Instant proposedAt) {
}
