package org.peersupport.outreach.outreachcase;

import java.time.Instant;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import org.peersupport.contracts.events.HarmLevel;

/** One clinician's outreach case. Immutable: every change returns the next state. */
@MappedEntity("outreach_case")
public record OutreachCase(@Id UUID id, String staffId, CaseStatus status, HarmLevel harm, Instant firstReceivedAt,
		Instant dueAt, @Nullable Instant offeredAt, @Nullable String supporterId, @Nullable String attentionReason,
		Instant openedAt, Instant updatedAt) {

	static OutreachCase open(String staffId, HarmLevel harm, Instant receivedAt, Instant dueAt, Instant now) {
		return new OutreachCase(UUID.randomUUID(), staffId, CaseStatus.SCHEDULED, harm, receivedAt, dueAt, null, null,
				null, now, now);
	}

	/** A later event may make the case more severe and more urgent, never less. */
	OutreachCase withEvent(HarmLevel eventHarm, Instant eventDueAt, Instant now) {
		HarmLevel worst = (eventHarm.ordinal() < this.harm.ordinal()) ? eventHarm : this.harm;
		Instant due = eventDueAt.isBefore(this.dueAt) ? eventDueAt : this.dueAt;
		return new OutreachCase(this.id, this.staffId, this.status, worst, this.firstReceivedAt, due, this.offeredAt,
				this.supporterId, this.attentionReason, this.openedAt, now);
	}

	OutreachCase rescheduled(Instant now) {
		return new OutreachCase(this.id, this.staffId, CaseStatus.SCHEDULED, this.harm, this.firstReceivedAt,
				this.dueAt, this.offeredAt, null, null, this.openedAt, now);
	}

	public OutreachCase offeredTo(String supporter, Instant at, Instant now) {
		Instant firstOffer = (this.offeredAt != null) ? this.offeredAt : at;
		return new OutreachCase(this.id, this.staffId, CaseStatus.OFFERED, this.harm, this.firstReceivedAt, this.dueAt,
				firstOffer, supporter, null, this.openedAt, now);
	}

	public OutreachCase acceptedBy(String supporter, Instant now) {
		return new OutreachCase(this.id, this.staffId, CaseStatus.ACCEPTED, this.harm, this.firstReceivedAt, this.dueAt,
				this.offeredAt, supporter, null, this.openedAt, now);
	}

	public OutreachCase needingAttention(String reason, Instant now) {
		return new OutreachCase(this.id, this.staffId, CaseStatus.NEEDS_ATTENTION, this.harm, this.firstReceivedAt,
				this.dueAt, this.offeredAt, null, reason, this.openedAt, now);
	}

	/** Whether a new event should send the case to matching again. */
	boolean awaitsSupporter() {
		return this.status == CaseStatus.SCHEDULED || this.status == CaseStatus.NEEDS_ATTENTION;
	}

}
