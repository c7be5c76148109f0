package org.peersupport.messaging.metrics;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Timer gauges for a service that runs durable timers (platform/persistence's
 * {@code DurableTimers}, named by type so this module needs no db-scheduler).
 */
@AutoConfiguration(afterName = { "org.peersupport.persistence.timer.DurableTimersAutoConfiguration",
		"org.peersupport.messaging.MessagingAutoConfiguration" })
@ConditionalOnBean(type = "org.peersupport.persistence.timer.DurableTimers")
public class TimerMetricsAutoConfiguration {

	@Bean
	TimerMetrics timerMetrics(JdbcTemplate jdbc, Clock clock,
			@Value("${peersupport.metrics.sample-interval:5s}") Duration sampleInterval) {
		return new TimerMetrics(jdbc, clock, sampleInterval);
	}

}
