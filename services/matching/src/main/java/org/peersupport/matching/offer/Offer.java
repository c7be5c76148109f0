package org.peersupport.matching.offer;

import java.time.Instant;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * An offer of one case to one supporter; unanswered, it expires at {@code expiresAt}.
 * {@code closedAt} is when outreach closed the case, for offers completed or withdrawn by
 * that close.
 */
@MappedEntity("offer")
public record Offer(@Id UUID id, UUID caseId, String staffId, String supporterId, OfferStatus status, Instant offeredAt,
		@Nullable Instant answeredAt, @Nullable Instant expiresAt, @Nullable Instant closedAt) {

	static Offer make(UUID caseId, String staffId, String supporterId, Instant now, Instant expiresAt) {
		return new Offer(UUID.randomUUID(), caseId, staffId, supporterId, OfferStatus.OFFERED, now, null, expiresAt,
				null);
	}

	Offer answered(OfferStatus answer, Instant now) {
		return new Offer(this.id, this.caseId, this.staffId, this.supporterId, answer, this.offeredAt, now,
				this.expiresAt, this.closedAt);
	}

	/**
	 * Taken back unanswered: an administrator assigned the case by hand to someone else.
	 * Its expiry timer then finds nothing to do.
	 */
	Offer withdrawn(Instant now) {
		return new Offer(this.id, this.caseId, this.staffId, this.supporterId, OfferStatus.WITHDRAWN, this.offeredAt,
				now, this.expiresAt, this.closedAt);
	}

	/**
	 * The case closed: an accepted offer is completed, a pending one withdrawn; any other
	 * offer was already over and stays as it is.
	 */
	Offer caseClosed(Instant at) {
		OfferStatus next = switch (this.status) {
			case ACCEPTED -> OfferStatus.COMPLETED;
			case OFFERED -> OfferStatus.WITHDRAWN;
			default -> this.status;
		};
		return new Offer(this.id, this.caseId, this.staffId, this.supporterId, next, this.offeredAt, this.answeredAt,
				this.expiresAt, at);
	}

}
