package org.peersupport.persistence.timer;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;

import org.peersupport.persistence.PlatformMigrations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Durable timers for a service that has at least one {@link TimerHandler}: db-scheduler
 * on the service's own DataSource and schema, its table from the platform's migration,
 * its settings under {@code peersupport.timers.*}.
 * <p>
 * The scheduler is built here rather than by db-scheduler's Spring Boot starter, which
 * targets Boot 3 and would start one scheduler per service context in the standalone
 * platform. Both the scheduler and {@link DurableTimers} go through a transaction-aware
 * DataSource: a timer scheduled inside a Spring transaction is a row that commits or
 * rolls back with the change that needs it. Time comes from the service's {@link Clock}
 * bean, so tests move time instead of sleeping. Several instances share the table;
 * db-scheduler's locking polls give each due timer to exactly one of them.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, TransactionAutoConfiguration.class })
@ConditionalOnClass(Scheduler.class)
@ConditionalOnBean(TimerHandler.class)
@EnableConfigurationProperties(TimerSettings.class)
public class DurableTimersAutoConfiguration {

	/** The platform migration that creates {@code scheduled_tasks}: see its comment. */
	static final String MIGRATIONS = "classpath:db/timers";

	private static final Duration SHUTDOWN_MAX_WAIT = Duration.ofSeconds(10);

	@Bean
	SchedulerClient timerClient(DataSource dataSource) {
		return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource)).build();
	}

	@Bean
	DurableTimers durableTimers(SchedulerClient timerClient, ObjectProvider<SchedulerLifecycle> scheduler,
			Clock clock) {
		return new DurableTimers(timerClient, scheduler, clock);
	}

	@Bean
	SchedulerLifecycle timerScheduler(DataSource dataSource, List<TimerHandler> handlers,
			TransactionTemplate transactions, Clock clock, TimerSettings settings) {
		List<CustomTask<String>> tasks = handlers.stream()
			.map((handler) -> TimerFiring.task(handler, settings.backoff(), transactions))
			.toList();
		return new SchedulerLifecycle(() -> scheduler(dataSource, tasks, clock, settings).build(), settings.enabled());
	}

	private static SchedulerBuilder scheduler(DataSource dataSource, List<CustomTask<String>> tasks, Clock clock,
			TimerSettings settings) {
		SchedulerBuilder builder = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource))
			.startTasks(tasks)
			.clock(clock::instant)
			.alwaysPersistTimestampInUTC()
			.pollingInterval(settings.pollingInterval())
			.threads(settings.threads())
			.heartbeatInterval(settings.heartbeatInterval())
			.shutdownMaxWait(SHUTDOWN_MAX_WAIT);
		if (!settings.instanceName().isBlank()) {
			builder.schedulerName(new SchedulerName.Fixed(settings.instanceName()));
		}
		return builder;
	}

	/**
	 * Adds the platform's timer migration to the service's Flyway locations, so every
	 * service with timers gets the same table without a migration of its own.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(FlywayConfigurationCustomizer.class)
	static class TimerMigrations {

		@Bean
		FlywayConfigurationCustomizer timerMigrations() {
			return PlatformMigrations.adding(MIGRATIONS);
		}

	}

}
