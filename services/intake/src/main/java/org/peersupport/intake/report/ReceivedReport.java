package org.peersupport.intake.report;

import java.time.Instant;
import java.util.UUID;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A report as intake remembers it: the sender's key, a hash of what was sent, and the
 * minimized event that was published. The raw payload is never stored.
 */
@MappedEntity("received_report")
public record ReceivedReport(@Id UUID id, String source, String reportId, String payloadHash, String status,
		String minimizedEvent, Instant receivedAt) {
}
