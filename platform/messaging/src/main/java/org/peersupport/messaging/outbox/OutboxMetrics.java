package org.peersupport.messaging.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.peersupport.messaging.metrics.Sampled;
import org.peersupport.messaging.metrics.TableCounts;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How far the relay is behind: rows waiting in {@code outbox_message} and how long the
 * oldest has waited. Both come from one cheap query (a capped count and the lowest
 * sequence number, by the primary key), read at most once per sample interval. The relay
 * empties the table within a poll, so a backlog that stays, or an age above a few
 * seconds, means Kafka refuses or the relay is stuck.
 */
public class OutboxMetrics implements MeterBinder {

	/** Rows waiting to be relayed (capped at {@link TableCounts#CAP}). */
	public static final String BACKLOG = "peersupport.outbox.backlog";

	/** Seconds the oldest waiting row has waited; 0 when none waits. */
	public static final String OLDEST_AGE = "peersupport.outbox.oldest.age";

	private final Sampled<Backlog> backlog;

	public OutboxMetrics(JdbcTemplate jdbc, Clock clock, Duration sampleInterval) {
		this.backlog = new Sampled<>(() -> read(jdbc, clock), sampleInterval, Backlog.UNKNOWN);
	}

	private static Backlog read(JdbcTemplate jdbc, Clock clock) {
		long waiting = TableCounts.upToCap(jdbc, "outbox_message", "true");
		if (waiting == 0) {
			return new Backlog(0, 0);
		}
		Timestamp oldest = jdbc.query("SELECT created_at FROM outbox_message ORDER BY seq LIMIT 1",
				(rs) -> rs.next() ? rs.getTimestamp(1) : null);
		double age = (oldest != null)
				? Math.max(0, Duration.between(oldest.toInstant(), Instant.now(clock)).toMillis() / 1000.0) : 0;
		return new Backlog(waiting, age);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(BACKLOG, this.backlog, (sampled) -> sampled.get().waiting())
			.description("Outbox rows waiting to be relayed to Kafka")
			.register(registry);
		Gauge.builder(OLDEST_AGE, this.backlog, (sampled) -> sampled.get().oldestAge())
			.description("How long the oldest waiting outbox row has waited")
			.baseUnit("seconds")
			.register(registry);
	}

	private record Backlog(double waiting, double oldestAge) {

		static final Backlog UNKNOWN = new Backlog(Double.NaN, Double.NaN);

	}

}
