package org.peersupport.dashboard.figures;

import java.time.Instant;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * When a case's first event arrived, when it was first and last offered, and when it was
 * escalated.
 */
@MappedEntity("case_timeline")
public record CaseTimeline(@Id UUID caseId, @Nullable Instant firstReceivedAt, @Nullable Instant firstOfferedAt,
		@Nullable Instant lastOfferedAt, @Nullable Instant escalatedAt) {
}
