package org.peersupport.outreach.followup;

import java.time.Instant;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import org.peersupport.contracts.events.FollowUpTrigger;

/**
 * A planned follow-up check-in for a case.
 *
 * @param sourceId what scheduled it, when it must be scheduled once only (a milestone
 * id), or null
 */
@MappedEntity("follow_up")
record FollowUp(@Id UUID id, UUID caseId, String staffId, FollowUpTrigger trigger, @Nullable String sourceId,
		Instant dueAt, Instant respondBy, FollowUpStatus status, Instant createdAt, Instant updatedAt) {

	FollowUp withStatus(FollowUpStatus next, Instant now) {
		return new FollowUp(this.id, this.caseId, this.staffId, this.trigger, this.sourceId, this.dueAt, this.respondBy,
				next, this.createdAt, now);
	}

	boolean isPending() {
		return this.status == FollowUpStatus.SCHEDULED || this.status == FollowUpStatus.DUE;
	}

}
