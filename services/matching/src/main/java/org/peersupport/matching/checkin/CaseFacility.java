package org.peersupport.matching.checkin;

import java.time.Instant;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * The facility a case belongs to, taken from {@code outreach.due.v1}: check-in records
 * carry it, and the portal shows that facility's emergency instructions.
 */
@MappedEntity("case_facility")
record CaseFacility(@Id UUID caseId, @Nullable String facility, Instant updatedAt) {
}
