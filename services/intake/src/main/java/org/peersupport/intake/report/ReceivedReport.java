package org.peersupport.intake.report;

import java.time.Instant;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A report as intake remembers it: the sender's key, a hash of what was sent, the
 * minimized event that was published and the processing status. The raw payload is never
 * stored.
 */
@MappedEntity("received_report")
public record ReceivedReport(@Id UUID id, String source, String reportId, String payloadHash, IntakeOutcome status,
		@Nullable String statusReason, String minimizedEvent, Instant receivedAt, @Nullable Instant updatedAt) {

	ReceivedReport updated(String hash, String event, IntakeOutcome outcome, String reason, Instant now) {
		return new ReceivedReport(this.id, this.source, this.reportId, hash, outcome, reason, event, this.receivedAt,
				now);
	}

}
