package org.peersupport.matching.notification;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.peersupport.messaging.metrics.Sampled;
import org.peersupport.messaging.metrics.TableCounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Supporter e-mails waiting to be sent ({@code supporter_notification} rows still
 * {@code PENDING}): a handful between two dispatcher polls, more while the SMTP server is
 * down. Counted on the pending rows' partial index, capped, at most once per sample
 * interval.
 */
@Component
public class NotificationMetrics implements MeterBinder {

	/** E-mails to supporters not sent yet. */
	public static final String EMAILS_PENDING = "peersupport.emails.pending";

	private final Sampled<Double> pending;

	public NotificationMetrics(JdbcTemplate jdbc,
			@Value("${peersupport.metrics.sample-interval:5s}") Duration interval) {
		this.pending = new Sampled<>(
				() -> (double) TableCounts.upToCap(jdbc, "supporter_notification", "status = 'PENDING'"), interval,
				Double.NaN);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(EMAILS_PENDING, this.pending, Sampled::get)
			.description("E-mails to supporters waiting to be sent")
			.register(registry);
	}

}
