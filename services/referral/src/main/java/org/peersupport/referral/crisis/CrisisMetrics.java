package org.peersupport.referral.crisis;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.peersupport.messaging.metrics.Sampled;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Crises that no on-call lead has acknowledged yet, and how long the oldest has waited.
 * Paging goes on until someone acknowledges; these gauges let an operator see a crisis
 * that waits longer than the rota's acknowledgement window, whatever the pager did. One
 * query on the open crises' partial index, at most once per sample interval.
 */
@Component
public class CrisisMetrics implements MeterBinder {

	/** Crises not acknowledged yet. */
	public static final String UNACKNOWLEDGED = "peersupport.crises.unacknowledged";

	/** Seconds the oldest unacknowledged crisis has waited; 0 when none waits. */
	public static final String OLDEST_UNACKNOWLEDGED_AGE = "peersupport.crises.unacknowledged.oldest.age";

	private final Sampled<Open> open;

	public CrisisMetrics(JdbcTemplate jdbc, Clock clock,
			@Value("${peersupport.metrics.sample-interval:5s}") Duration interval) {
		this.open = new Sampled<>(() -> read(jdbc, clock), interval, Open.UNKNOWN);
	}

	private static Open read(JdbcTemplate jdbc, Clock clock) {
		return jdbc.queryForObject("SELECT count(*), min(raised_at) FROM crisis WHERE acknowledged_at IS NULL",
				(rs, row) -> {
					long count = rs.getLong(1);
					Timestamp oldest = rs.getTimestamp(2);
					double age = (oldest != null)
							? Math.max(0, Duration.between(oldest.toInstant(), Instant.now(clock)).toMillis() / 1000.0)
							: 0;
					return new Open(count, age);
				});
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(UNACKNOWLEDGED, this.open, (sampled) -> sampled.get().count())
			.description("Crises no on-call lead has acknowledged yet")
			.register(registry);
		Gauge.builder(OLDEST_UNACKNOWLEDGED_AGE, this.open, (sampled) -> sampled.get().oldestAge())
			.description("How long the oldest unacknowledged crisis has waited")
			.baseUnit("seconds")
			.register(registry);
	}

	private record Open(double count, double oldestAge) {

		static final Open UNKNOWN = new Open(Double.NaN, Double.NaN);

	}

}
