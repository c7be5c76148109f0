package org.peersupport.outreach.outreachcase;

import java.time.Instant;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Relation;

import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.outreach.policy.OutreachPolicy;
import org.peersupport.outreach.timing.CaseFacts;
import org.peersupport.outreach.timing.OfferPlan;
import org.peersupport.outreach.timing.OfferTiming;

/**
 * One clinician's outreach case. Immutable: every change returns the next state. The
 * groups are embedded: each of their fields is a column of {@code outreach_case} under
 * its own name. The file is over 250 lines because the groups are nested here, as
 * {@code OutreachPolicy}'s are, so the whole stored shape reads in one place.
 *
 * @param id the case
 * @param staffId the clinician
 * @param status where it stands
 * @param attentionReason the latest reason it needed the administrator, or null
 * @param reported what its events reported, worst first
 * @param offer when it is due to matching and who was offered it
 * @param lifetime when it opened, last changed and closed
 */
@MappedEntity("outreach_case")
public record OutreachCase(@Id UUID id, String staffId, CaseStatus status, @Nullable String attentionReason,
		@Relation(Relation.Kind.EMBEDDED) Reported reported, @Relation(Relation.Kind.EMBEDDED) Offer offer,
		@Relation(Relation.Kind.EMBEDDED) Lifetime lifetime) {

	static OutreachCase open(String staffId, Reported reported, OfferPlan plan, Instant now) {
		return open(CaseSource.INCIDENT, staffId, reported, plan, now);
	}

	static OutreachCase open(CaseSource source, String staffId, Reported reported, OfferPlan plan, Instant now) {
		return new OutreachCase(UUID.randomUUID(), staffId, CaseStatus.SCHEDULED, null, reported, Offer.planned(plan),
				Lifetime.opened(source, now));
	}

	/**
	 * A case recorded closed from the start: the clinician opted out or is outside the
	 * program's scope. It is counted, never contacted.
	 */
	static OutreachCase closedAtOnce(String staffId, Reported reported, CloseReason reason, Instant now) {
		return closedAtOnce(CaseSource.INCIDENT, staffId, reported, reason, now);
	}

	static OutreachCase closedAtOnce(CaseSource source, String staffId, Reported reported, CloseReason reason,
			Instant now) {
		return new OutreachCase(UUID.randomUUID(), staffId, CaseStatus.CLOSED, null, reported,
				Offer.planned(new OfferPlan(now, now)), Lifetime.opened(source, now).closed(reason, now));
	}

	/**
	 * A later event may make the case more severe and more urgent, never milder or later.
	 */
	OutreachCase withEvent(Reported event, OfferPlan eventPlan, Instant now) {
		return new OutreachCase(this.id, this.staffId, this.status, this.attentionReason, this.reported.with(event),
				this.offer.replanned(plan().earliest(eventPlan)), this.lifetime.changed(now));
	}

	/** Back to waiting for matching, after an escalation that a new event answers. */
	OutreachCase rescheduled(Instant now) {
		return new OutreachCase(this.id, this.staffId, CaseStatus.SCHEDULED, null, this.reported,
				this.offer.backToMatching(), this.lifetime.changed(now));
	}

	/** The offer is deferred to a later allowed contact time. */
	public OutreachCase deferredTo(Instant due, Instant now) {
		return new OutreachCase(this.id, this.staffId, this.status, this.attentionReason, this.reported,
				this.offer.replanned(new OfferPlan(due, this.offer.windowEndsAt())), this.lifetime.changed(now));
	}

	public OutreachCase announced(Instant now) {
		return new OutreachCase(this.id, this.staffId, this.status, this.attentionReason, this.reported,
				this.offer.announced(now), this.lifetime.changed(now));
	}

	/**
	 * An offer answers an escalation that asked for a supporter, but not a window at
	 * risk: that stays on the worklist until someone accepts.
	 */
	public OutreachCase offeredTo(String supporter, Instant at, Instant now) {
		String reason = (this.status == CaseStatus.NEEDS_ATTENTION) ? null : this.attentionReason;
		return new OutreachCase(this.id, this.staffId, CaseStatus.OFFERED, reason, this.reported,
				this.offer.offeredTo(supporter, at), this.lifetime.changed(now));
	}

	public OutreachCase acceptedBy(String supporter, Instant now) {
		return new OutreachCase(this.id, this.staffId, CaseStatus.ACCEPTED, null, this.reported,
				this.offer.withSupporter(supporter), this.lifetime.changed(now));
	}

	/** Matching could not place the case: back to the administrator. */
	public OutreachCase needingAttention(String reason, Instant now) {
		return new OutreachCase(this.id, this.staffId, CaseStatus.NEEDS_ATTENTION, reason, this.reported,
				this.offer.withSupporter(null), this.lifetime.changed(now));
	}

	/** An escalation that leaves the case where it stands (a live offer stays live). */
	public OutreachCase flagged(String reason, Instant now) {
		return new OutreachCase(this.id, this.staffId, this.status, reason, this.reported, this.offer,
				this.lifetime.changed(now));
	}

	public OutreachCase closed(CloseReason reason, Instant now) {
		return new OutreachCase(this.id, this.staffId, CaseStatus.CLOSED, this.attentionReason, this.reported,
				this.offer, this.lifetime.closed(reason, now));
	}

	/** A closed case that gets a milestone follow-up is open again with its supporter. */
	public OutreachCase reopened(Instant now) {
		CaseStatus status = (this.offer.supporterId() != null) ? CaseStatus.ACCEPTED : CaseStatus.NEEDS_ATTENTION;
		return new OutreachCase(this.id, this.staffId, status, this.attentionReason, this.reported, this.offer,
				this.lifetime.changed(now));
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

	/** What started the case. */
	public CaseSource source() {
		return this.lifetime.source();
	}

	/**
	 * Whether an opt-out stops the case. Opting out is of routine outreach: a case the
	 * clinician asked for themselves goes on (an opt-out recorded after they asked still
	 * closes it, as the newer wish).
	 */
	public boolean stopsForOptOut() {
		return source() != CaseSource.SELF_REQUEST;
	}

	public OfferPlan plan() {
		return new OfferPlan(this.offer.dueAt(), this.offer.windowEndsAt());
	}

	/**
	 * The facility whose policy and administrators the case answers to, or null: asked by
	 * almost every feature.
	 */
	public String facility() {
		return this.reported.facility();
	}

	/** The latest time by which a supporter must have accepted. */
	public Instant windowEndsAt() {
		return this.offer.windowEndsAt();
	}

	/**
	 * What the case's events reported: the worst of them, so a later event may make the
	 * case more severe, never milder.
	 *
	 * @param harm the worst harm of the case's events
	 * @param actualHarm the worst harm of its actual events (near misses left out), or
	 * null when every event was a near miss: what urgency looks at
	 * @param highImpact whether any event was in a high-impact category
	 * @param facility the latest event's facility, or null
	 * @param unit the latest event's unit, or null
	 * @param firstReceivedAt when intake received the first event
	 */
	@Embeddable
	public record Reported(@MappedProperty("harm") HarmLevel harm,
			@MappedProperty("actual_harm") @Nullable HarmLevel actualHarm,
			@MappedProperty("high_impact") boolean highImpact, @MappedProperty("facility") @Nullable String facility,
			@MappedProperty("unit") @Nullable String unit,
			@MappedProperty("first_received_at") Instant firstReceivedAt) {

		/**
		 * A case no event started (a request, a referral): nothing was reported, so the
		 * harm is unknown and nothing makes it urgent but the clinician's own "now".
		 */
		public static Reported withoutEvent(Instant at) {
			return new Reported(HarmLevel.UNKNOWN, null, false, null, null, at);
		}

		public static Reported of(AdverseEventReported event) {
			CaseFacts facts = CaseFacts.of(event);
			return new Reported(event.harm(), facts.actualHarm(), facts.highImpact(), event.facility(), event.unit(),
					event.receivedAt());
		}

		/** Urgent by the rule the case's planning used: see {@link OfferTiming}. */
		public boolean isUrgent(OutreachPolicy policy) {
			return OfferTiming.isUrgent(policy, this.actualHarm, this.highImpact);
		}

		Reported with(Reported event) {
			return new Reported(worse(event.harm, this.harm), worse(event.actualHarm, this.actualHarm),
					this.highImpact || event.highImpact, (event.facility != null) ? event.facility : this.facility,
					(event.unit != null) ? event.unit : this.unit, this.firstReceivedAt);
		}

		/**
		 * The worse of two harms; a missing one (no actual event yet) counts for nothing.
		 */
		private static HarmLevel worse(HarmLevel a, HarmLevel b) {
			if (a == null || b == null) {
				return (a != null) ? a : b;
			}
			return (a.ordinal() < b.ordinal()) ? a : b;
		}

	}

	/**
	 * When the case goes to matching and who was offered it.
	 *
	 * @param dueAt when the case goes (went) to matching
	 * @param windowEndsAt the latest time by which a supporter must have accepted
	 * @param announcedAt when the case was last sent to matching, or null while it waits
	 * @param offeredAt when a supporter was first offered it, or null
	 * @param supporterId the supporter offered or assigned, or null
	 */
	@Embeddable
	public record Offer(@MappedProperty("due_at") Instant dueAt, @MappedProperty("window_ends_at") Instant windowEndsAt,
			@MappedProperty("announced_at") @Nullable Instant announcedAt,
			@MappedProperty("offered_at") @Nullable Instant offeredAt,
			@MappedProperty("supporter_id") @Nullable String supporterId) {

		static Offer planned(OfferPlan plan) {
			return new Offer(plan.dueAt(), plan.windowEndsAt(), null, null, null);
		}

		Offer replanned(OfferPlan plan) {
			return new Offer(plan.dueAt(), plan.windowEndsAt(), this.announcedAt, this.offeredAt, this.supporterId);
		}

		Offer announced(Instant at) {
			return new Offer(this.dueAt, this.windowEndsAt, at, this.offeredAt, this.supporterId);
		}

		/** The first offer time is kept across re-offers. */
		Offer offeredTo(String supporter, Instant at) {
			Instant firstOffer = (this.offeredAt != null) ? this.offeredAt : at;
			return new Offer(this.dueAt, this.windowEndsAt, this.announcedAt, firstOffer, supporter);
		}

		Offer withSupporter(String supporter) {
			return new Offer(this.dueAt, this.windowEndsAt, this.announcedAt, this.offeredAt, supporter);
		}

		/** Waiting to be sent to matching again, with nobody offered. */
		Offer backToMatching() {
			return new Offer(this.dueAt, this.windowEndsAt, null, this.offeredAt, null);
		}

	}

	/**
	 * How and when the case opened, last changed and closed.
	 *
	 * @param source what started it; a later event or request joining the case leaves it
	 * as it was
	 * @param openedAt when it opened
	 * @param updatedAt when it last changed
	 * @param closeReason why it closed, or null while it is open
	 * @param closedAt when it closed, or null while it is open
	 */
	@Embeddable
	public record Lifetime(@MappedProperty("source") CaseSource source, @MappedProperty("opened_at") Instant openedAt,
			@MappedProperty("updated_at") Instant updatedAt,
			@MappedProperty("close_reason") @Nullable CloseReason closeReason,
			@MappedProperty("closed_at") @Nullable Instant closedAt) {

		static Lifetime opened(CaseSource source, Instant now) {
			return new Lifetime(source, now, now, null, null);
		}

		/** Any change but closing leaves (or makes) the case open. */
		Lifetime changed(Instant now) {
			return new Lifetime(this.source, this.openedAt, now, null, null);
		}

		Lifetime closed(CloseReason reason, Instant now) {
			return new Lifetime(this.source, this.openedAt, now, reason, now);
		}

	}

}
