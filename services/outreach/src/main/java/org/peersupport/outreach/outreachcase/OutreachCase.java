package org.peersupport.outreach.outreachcase;

import java.time.Instant;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.outreach.timing.OfferPlan;

/**
 * One clinician's outreach case. Immutable: every change returns the next state.
 *
 * @param harm the worst harm of the case's events
 * @param actualHarm the worst harm of its actual events (near misses left out), or null
 * when every event was a near miss: what urgency looks at
 * @param dueAt when the case goes (went) to matching
 * @param windowEndsAt the latest time by which a supporter must have accepted
 * @param announcedAt when the case was last sent to matching, or null while it waits
 */
@MappedEntity("outreach_case")
public record OutreachCase(@Id UUID id, String staffId, CaseStatus status, HarmLevel harm,
		@Nullable HarmLevel actualHarm, boolean highImpact, @Nullable String facility, @Nullable String unit,
		Instant firstReceivedAt, Instant dueAt, Instant windowEndsAt, @Nullable Instant announcedAt,
		@Nullable Instant offeredAt, @Nullable String supporterId, @Nullable String attentionReason,
		@Nullable CloseReason closeReason, @Nullable Instant closedAt, Instant openedAt, Instant updatedAt) {

	static OutreachCase open(String staffId, HarmLevel harm, HarmLevel actualHarm, boolean highImpact, String facility,
			String unit, Instant receivedAt, OfferPlan plan, Instant now) {
		return new OutreachCase(UUID.randomUUID(), staffId, CaseStatus.SCHEDULED, harm, actualHarm, highImpact,
				facility, unit, receivedAt, plan.dueAt(), plan.windowEndsAt(), null, null, null, null, null, null, now,
				now);
	}

	/**
	 * A case recorded closed from the start: the clinician opted out or is outside the
	 * program's scope. It is counted, never contacted.
	 */
	static OutreachCase closedAtOnce(String staffId, HarmLevel harm, HarmLevel actualHarm, boolean highImpact,
			String facility, String unit, Instant receivedAt, CloseReason reason, Instant now) {
		return new OutreachCase(UUID.randomUUID(), staffId, CaseStatus.CLOSED, harm, actualHarm, highImpact, facility,
				unit, receivedAt, now, now, null, null, null, null, reason, now, now, now);
	}

	/**
	 * A later event may make the case more severe and more urgent, never milder or later.
	 */
	OutreachCase withEvent(HarmLevel eventHarm, HarmLevel eventActualHarm, boolean eventHighImpact,
			String eventFacility, String eventUnit, OfferPlan eventPlan, Instant now) {
		OfferPlan plan = new OfferPlan(this.dueAt, this.windowEndsAt).earliest(eventPlan);
		return new OutreachCase(this.id, this.staffId, this.status, worse(eventHarm, this.harm),
				worse(eventActualHarm, this.actualHarm), this.highImpact || eventHighImpact,
				(eventFacility != null) ? eventFacility : this.facility, (eventUnit != null) ? eventUnit : this.unit,
				this.firstReceivedAt, plan.dueAt(), plan.windowEndsAt(), this.announcedAt, this.offeredAt,
				this.supporterId, this.attentionReason, null, null, this.openedAt, now);
	}

	/** The worse of two harms; a missing one (no actual event yet) counts for nothing. */
	private static HarmLevel worse(HarmLevel a, HarmLevel b) {
		if (a == null || b == null) {
			return (a != null) ? a : b;
		}
		return (a.ordinal() < b.ordinal()) ? a : b;
	}

	/** Back to waiting for matching, after an escalation that a new event answers. */
	OutreachCase rescheduled(Instant now) {
		return new OutreachCase(this.id, this.staffId, CaseStatus.SCHEDULED, this.harm, this.actualHarm,
				this.highImpact, this.facility, this.unit, this.firstReceivedAt, this.dueAt, this.windowEndsAt, null,
				this.offeredAt, null, null, null, null, this.openedAt, now);
	}

	/** The offer is deferred to a later allowed contact time. */
	public OutreachCase deferredTo(Instant due, Instant now) {
		return new OutreachCase(this.id, this.staffId, this.status, this.harm, this.actualHarm, this.highImpact,
				this.facility, this.unit, this.firstReceivedAt, due, this.windowEndsAt, this.announcedAt,
				this.offeredAt, this.supporterId, this.attentionReason, null, null, this.openedAt, now);
	}

	public OutreachCase announced(Instant now) {
		return new OutreachCase(this.id, this.staffId, this.status, this.harm, this.actualHarm, this.highImpact,
				this.facility, this.unit, this.firstReceivedAt, this.dueAt, this.windowEndsAt, now, this.offeredAt,
				this.supporterId, this.attentionReason, null, null, this.openedAt, now);
	}

	/**
	 * An offer answers an escalation that asked for a supporter, but not a window at
	 * risk: that stays on the worklist until someone accepts.
	 */
	public OutreachCase offeredTo(String supporter, Instant at, Instant now) {
		Instant firstOffer = (this.offeredAt != null) ? this.offeredAt : at;
		String reason = (this.status == CaseStatus.NEEDS_ATTENTION) ? null : this.attentionReason;
		return new OutreachCase(this.id, this.staffId, CaseStatus.OFFERED, this.harm, this.actualHarm, this.highImpact,
				this.facility, this.unit, this.firstReceivedAt, this.dueAt, this.windowEndsAt, this.announcedAt,
				firstOffer, supporter, reason, null, null, this.openedAt, now);
	}

	public OutreachCase acceptedBy(String supporter, Instant now) {
		return new OutreachCase(this.id, this.staffId, CaseStatus.ACCEPTED, this.harm, this.actualHarm, this.highImpact,
				this.facility, this.unit, this.firstReceivedAt, this.dueAt, this.windowEndsAt, this.announcedAt,
				this.offeredAt, supporter, null, null, null, this.openedAt, now);
	}

	/** Matching could not place the case: back to the administrator. */
	public OutreachCase needingAttention(String reason, Instant now) {
		return new OutreachCase(this.id, this.staffId, CaseStatus.NEEDS_ATTENTION, this.harm, this.actualHarm,
				this.highImpact, this.facility, this.unit, this.firstReceivedAt, this.dueAt, this.windowEndsAt,
				this.announcedAt, this.offeredAt, null, reason, null, null, this.openedAt, now);
	}

	/** An escalation that leaves the case where it stands (a live offer stays live). */
	public OutreachCase flagged(String reason, Instant now) {
		return new OutreachCase(this.id, this.staffId, this.status, this.harm, this.actualHarm, this.highImpact,
				this.facility, this.unit, this.firstReceivedAt, this.dueAt, this.windowEndsAt, this.announcedAt,
				this.offeredAt, this.supporterId, reason, null, null, this.openedAt, now);
	}

	public OutreachCase closed(CloseReason reason, Instant now) {
		return new OutreachCase(this.id, this.staffId, CaseStatus.CLOSED, this.harm, this.actualHarm, this.highImpact,
				this.facility, this.unit, this.firstReceivedAt, this.dueAt, this.windowEndsAt, this.announcedAt,
				this.offeredAt, this.supporterId, this.attentionReason, reason, now, this.openedAt, now);
	}

	/** A closed case that gets a milestone follow-up is open again with its supporter. */
	public OutreachCase reopened(Instant now) {
		CaseStatus status = (this.supporterId != null) ? CaseStatus.ACCEPTED : CaseStatus.NEEDS_ATTENTION;
		return new OutreachCase(this.id, this.staffId, status, this.harm, this.actualHarm, this.highImpact,
				this.facility, this.unit, this.firstReceivedAt, this.dueAt, this.windowEndsAt, this.announcedAt,
				this.offeredAt, this.supporterId, this.attentionReason, null, null, this.openedAt, now);
	}

	/** Whether a new event should send the case to matching again. */
	boolean awaitsSupporter() {
		return this.status == CaseStatus.SCHEDULED || this.status == CaseStatus.NEEDS_ATTENTION;
	}

	public boolean isOpen() {
		return this.status != CaseStatus.CLOSED;
	}

	/** Whether nobody has accepted yet, so the window still matters. */
	public boolean awaitsAcceptance() {
		return this.status != CaseStatus.ACCEPTED && this.status != CaseStatus.CLOSED;
	}

	public OfferPlan plan() {
		return new OfferPlan(this.dueAt, this.windowEndsAt);
	}

}
