package org.peersupport.matching.offer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Offers made, counted when the offer commits: a matching attempt that rolls back (and is
 * retried) made no offer. No tag names a supporter, a clinician or a case.
 */
@Component
public class OfferMetrics implements MeterBinder {

	/** Offers made to supporters (a re-offer after a decline or expiry is one more). */
	public static final String OFFERS_MADE = "peersupport.offers.made";

	private volatile Counter made;

	@Override
	public void bindTo(MeterRegistry registry) {
		this.made = Counter.builder(OFFERS_MADE).description("Offers made to supporters").register(registry);
	}

	/** One offer made in the current transaction, counted once it commits. */
	void offerMade() {
		Counter counter = this.made;
		if (counter == null) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			counter.increment();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				counter.increment();
			}
		});
	}

}
