package org.peersupport.messaging.metrics;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A figure read from the service's own tables at most once per interval, however often it
 * is scraped: a Prometheus server, a second one and an operator's browser each asking
 * every few seconds must not each cost a query. A failed read (the database is down)
 * gives {@code unknown} until the next interval, so a gauge shows NaN instead of a stale
 * value.
 *
 * @param <T> what one read gives
 */
public final class Sampled<T> {

	private static final Logger log = LoggerFactory.getLogger(Sampled.class);

	private final Supplier<T> read;

	private final long intervalNanos;

	private final T unknown;

	private T value;

	private long readAt;

	private boolean hasRead;

	public Sampled(Supplier<T> read, Duration interval, T unknown) {
		this.read = read;
		this.intervalNanos = interval.toNanos();
		this.unknown = unknown;
	}

	/** The last reading, read again first if it is older than the interval. */
	public synchronized T get() {
		long now = System.nanoTime();
		if (!this.hasRead || now - this.readAt >= this.intervalNanos) {
			try {
				this.value = this.read.get();
			}
			catch (RuntimeException ex) {
				// The class only: a driver's message can quote a row.
				log.debug("A metric's reading failed: {}", ex.getClass().getSimpleName());
				this.value = this.unknown;
			}
			this.readAt = now;
			this.hasRead = true;
		}
		return this.value;
	}

}
