package org.peersupport.intake.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import org.peersupport.contracts.envelope.EventJson;

/**
 * A report as intake remembers it: the sender's key, a hash of what was sent, the
 * minimized event that was published and the processing status. The raw payload is never
 * stored. After the retention the minimized event and the warnings are stripped
 * ({@code strippedAt}): what is left only answers retries.
 */
@MappedEntity("received_report")
public record ReceivedReport(@Id UUID id, String source, String reportId, String payloadHash, IntakeOutcome status,
		@Nullable String statusReason, @Nullable String minimizedEvent, Instant receivedAt, @Nullable Instant updatedAt,
		@Nullable String warnings, @Nullable Instant strippedAt) {

	ReceivedReport updated(String hash, String event, IntakeOutcome outcome, String reason, Instant now,
			String warnings) {
		return new ReceivedReport(this.id, this.source, this.reportId, hash, outcome, reason, event, this.receivedAt,
				now, warnings, null);
	}

	/** Past its retention: who was involved is no longer known here. */
	boolean stripped() {
		return this.strippedAt != null;
	}

	/** The warnings as stored: a JSON array, or null when there are none. */
	static String warningsColumn(List<String> warnings) {
		return warnings.isEmpty() ? null : EventJson.mapper().writeValueAsString(warnings);
	}

	/** The stored warnings, none when the column is empty. */
	List<String> warningList() {
		return (this.warnings == null) ? List.of()
				: List.of(EventJson.mapper().readValue(this.warnings, String[].class));
	}

}
