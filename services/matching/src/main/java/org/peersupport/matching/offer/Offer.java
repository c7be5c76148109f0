package org.peersupport.matching.offer;

import java.time.Instant;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An offer of one case to one supporter. */
@MappedEntity("offer")
public record Offer(@Id UUID id, UUID caseId, String staffId, String supporterId, OfferStatus status, Instant offeredAt,
		@Nullable Instant answeredAt) {

	static Offer make(UUID caseId, String staffId, String supporterId, Instant now) {
		return new Offer(UUID.randomUUID(), caseId, staffId, supporterId, OfferStatus.OFFERED, now, null);
	}

	Offer answered(OfferStatus answer, Instant now) {
		return new Offer(this.id, this.caseId, this.staffId, this.supporterId, answer, this.offeredAt, now);
	}

}
