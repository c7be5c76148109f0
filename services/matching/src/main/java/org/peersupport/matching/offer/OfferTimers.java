package org.peersupport.matching.offer;

import java.time.Instant;
import java.util.UUID;

import org.peersupport.persistence.timer.DurableTimers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules (and, for a purged case, cancels) matching's durable timers in the caller's
 * transaction: an offer's expiry, and the end of a batch window.
 */
@Component
class OfferTimers {

	private final DurableTimers timers;

	OfferTimers(DurableTimers timers) {
		this.timers = timers;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void expireAt(UUID offerId, Instant at) {
		this.timers.schedule(OfferExpiryTimer.TASK, offerId.toString(), at);
	}

	/**
	 * One timer per case: whichever fires first assigns every case collected so far, and
	 * the others find nothing left to do. No case ever waits on a timer that already ran.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void closeBatchAt(UUID caseId, Instant at) {
		this.timers.schedule(BatchWindowTimer.TASK, caseId.toString(), at);
	}

	/** The case's records are gone: none of its timers may fire on them. */
	@Transactional(propagation = Propagation.MANDATORY)
	void cancelAll(UUID caseId, Iterable<UUID> offerIds) {
		offerIds.forEach((offerId) -> this.timers.cancel(OfferExpiryTimer.TASK, offerId.toString()));
		this.timers.cancel(BatchWindowTimer.TASK, caseId.toString());
	}

}
