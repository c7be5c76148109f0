package org.peersupport.matching.offer;

import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules matching's durable timers in the caller's transaction: an offer's expiry, and
 * the end of a batch window.
 */
@Component
class OfferTimers {

	static final TaskDescriptor<String> OFFER_EXPIRY = TaskDescriptor.of("offer-expiry", String.class);

	static final TaskDescriptor<String> BATCH_WINDOW = TaskDescriptor.of("batch-window", String.class);

	private final SchedulerClient scheduler;

	OfferTimers(SchedulerClient scheduler) {
		this.scheduler = scheduler;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void expireAt(UUID offerId, Instant at) {
		this.scheduler
			.scheduleIfNotExists(OFFER_EXPIRY.instance(offerId.toString()).data(offerId.toString()).scheduledTo(at));
	}

	/**
	 * One timer per case: whichever fires first assigns every case collected so far, and
	 * the others find nothing left to do. No case ever waits on a timer that already ran.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void closeBatchAt(UUID caseId, Instant at) {
		this.scheduler
			.scheduleIfNotExists(BATCH_WINDOW.instance(caseId.toString()).data(caseId.toString()).scheduledTo(at));
	}

}
