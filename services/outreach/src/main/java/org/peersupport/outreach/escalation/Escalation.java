package org.peersupport.outreach.escalation;

import java.time.Instant;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One reason a case needed the program administrator, kept until it is resolved so the
 * worklist shows every reason.
 */
@MappedEntity("escalation")
record Escalation(@Id UUID id, UUID caseId, String staffId, String reason, Instant escalatedAt,
		@Nullable Instant resolvedAt) {
}
