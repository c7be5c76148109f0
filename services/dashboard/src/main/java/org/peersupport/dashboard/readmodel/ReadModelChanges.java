package org.peersupport.dashboard.readmodel;

import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells live pages that the read models changed. The signal goes out after the commit, so
 * a page that re-reads on the signal sees the change.
 */
@Component
public class ReadModelChanges {

	private final Sinks.Many<Long> sink = Sinks.many().multicast().directBestEffort();

	private final AtomicLong version = new AtomicLong();

	/** Signals a change once the current transaction commits (at once without one). */
	void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					emit();
				}
			});
		}
		else {
			emit();
		}
	}

	private synchronized void emit() {
		this.sink.tryEmitNext(this.version.incrementAndGet());
	}

	public Flux<Long> signals() {
		return this.sink.asFlux();
	}

}
