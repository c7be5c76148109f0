package org.peersupport.outreach.timer;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds db-scheduler from Spring's DataSource rather than through its Spring Boot
 * starter, which targets Boot 3. The data source is wrapped transaction-aware, so a timer
 * scheduled inside a Spring transaction commits or rolls back with it. The scheduler
 * reads time from the injected {@link Clock}, so tests move time without sleeping.
 * Several instances share the table; db-scheduler's
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} polling gives each due timer to one of them.
 */
@Configuration(proxyBeanMethods = false)
class TimerConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TimerConfiguration.class);

	@Bean
	SchedulerClient outreachSchedulerClient(DataSource dataSource) {
		return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource)).build();
	}

	@Bean
	OutreachScheduler outreachScheduler(DataSource dataSource, List<TimerHandler> handlers,
			TransactionTemplate transactions, Clock clock,
			@Value("${peersupport.outreach.timers.enabled:true}") boolean enabled,
			@Value("${peersupport.outreach.timers.polling-interval:PT1S}") Duration pollingInterval,
			@Value("${peersupport.outreach.timers.threads:8}") int threads,
			@Value("${peersupport.outreach.timers.heartbeat-interval:PT30S}") Duration heartbeat,
			@Value("${peersupport.outreach.timers.instance-name:}") String instanceName) {
		List<Task<?>> tasks = handlers.stream().<Task<?>>map((handler) -> task(handler, transactions)).toList();
		var builder = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
			.clock(clock::instant)
			.threads(threads)
			.pollingInterval(pollingInterval)
			.pollUsingLockAndFetch(0.5, 3.0)
			.heartbeatInterval(heartbeat)
			.shutdownMaxWait(Duration.ofSeconds(10))
			.alwaysPersistTimestampInUTC();
		if (!instanceName.isBlank()) {
			builder.schedulerName(new SchedulerName.Fixed(instanceName));
		}
		return new OutreachScheduler(builder.build(), enabled);
	}

	private static Task<String> task(TimerHandler handler, TransactionTemplate transactions) {
		return Tasks.oneTime(handler.kind().taskName(), String.class)
			.onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(5), 2.0))
			.execute((instance, context) -> transactions.executeWithoutResult(
					(status) -> handler.fire(instance.getData(), context.getExecution().getExecutionTime())));
	}

	/** Starts the scheduler once the application is up and stops it before the pool. */
	static final class OutreachScheduler implements SmartLifecycle {

		private final Scheduler scheduler;

		private final boolean enabled;

		private volatile boolean running;

		OutreachScheduler(Scheduler scheduler, boolean enabled) {
			this.scheduler = scheduler;
			this.enabled = enabled;
		}

		Scheduler scheduler() {
			return this.scheduler;
		}

		@Override
		public void start() {
			if (this.enabled) {
				this.scheduler.start();
				log.info("Outreach timers started");
			}
			this.running = true;
		}

		@Override
		public void stop() {
			if (this.enabled) {
				this.scheduler.stop();
			}
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		/** Late start, early stop: after the web server and Kafka listeners. */
		@Override
		public int getPhase() {
			return Integer.MAX_VALUE - 100;
		}

	}

}
