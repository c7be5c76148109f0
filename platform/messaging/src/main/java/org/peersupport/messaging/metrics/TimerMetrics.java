package org.peersupport.messaging.metrics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Durable timers (db-scheduler's {@code scheduled_tasks}) that are due now, and those
 * overdue by more than {@link #OVERDUE_AFTER}. A poll fires due timers within a second or
 * two, so overdue timers mean no instance is firing them (all stopped, or
 * {@code peersupport.timers.enabled=false} everywhere) or their handlers keep failing.
 * Counted on the {@code execution_time} index, capped, and read at most once per sample
 * interval; "now" is the service's clock, the same one the scheduler uses.
 */
public class TimerMetrics implements MeterBinder {

	/** Timers whose time has come (capped at {@link TableCounts#CAP}). */
	public static final String DUE = "peersupport.timers.due";

	/** Timers whose time passed more than {@link #OVERDUE_AFTER} ago. */
	public static final String OVERDUE = "peersupport.timers.overdue";

	/** How late a timer may be before it counts as overdue. */
	public static final Duration OVERDUE_AFTER = Duration.ofMinutes(1);

	private final Sampled<Timers> timers;

	public TimerMetrics(JdbcTemplate jdbc, Clock clock, Duration sampleInterval) {
		this.timers = new Sampled<>(() -> read(jdbc, clock), sampleInterval, Timers.UNKNOWN);
	}

	private static Timers read(JdbcTemplate jdbc, Clock clock) {
		Instant now = Instant.now(clock);
		long due = TableCounts.upToCap(jdbc, "scheduled_tasks", "execution_time <= ?", Timestamp.from(now));
		long overdue = (due == 0) ? 0 : TableCounts.upToCap(jdbc, "scheduled_tasks", "execution_time <= ?",
				Timestamp.from(now.minus(OVERDUE_AFTER)));
		return new Timers(due, overdue);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(DUE, this.timers, (sampled) -> sampled.get().due())
			.description("Durable timers whose time has come")
			.register(registry);
		Gauge.builder(OVERDUE, this.timers, (sampled) -> sampled.get().overdue())
			.description("Durable timers overdue by more than a minute")
			.register(registry);
	}

	private record Timers(double due, double overdue) {

		static final Timers UNKNOWN = new Timers(Double.NaN, Double.NaN);

	}

}
