package org.peersupport.matching.timer;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Durable timers (db-scheduler), built from the DataSource here because its Spring Boot
 * starter targets Boot 3. Scheduling goes through a transaction-aware DataSource, so a
 * timer is a row written in the same transaction as the change that needs it. The
 * scheduler reads time from the injected {@link Clock}, so tests move time instead of
 * sleeping.
 */
@Configuration(proxyBeanMethods = false)
class DurableTimers {

	@Bean
	SchedulerClient schedulerClient(DataSource dataSource) {
		return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource)).build();
	}

	@Bean
	@SuppressWarnings({ "unchecked", "rawtypes" })
	TimerRunner timerRunner(DataSource dataSource, List<Task<?>> tasks, List<RecurringTask<?>> recurring, Clock clock,
			@Value("${peersupport.matching.timers.polling-interval:PT1S}") Duration pollingInterval,
			@Value("${peersupport.matching.timers.threads:2}") int threads) {
		List<Task<?>> oneTime = tasks.stream().filter((task) -> !(task instanceof RecurringTask)).toList();
		Scheduler scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime)
			.startTasks((List) recurring)
			.clock(clock::instant)
			.pollingInterval(pollingInterval)
			.threads(threads)
			.build();
		return new TimerRunner(scheduler);
	}

	/**
	 * Starts the scheduler once the context is up, and stops it before the pool closes.
	 */
	static final class TimerRunner implements SmartLifecycle {

		private final Scheduler scheduler;

		private volatile boolean running;

		TimerRunner(Scheduler scheduler) {
			this.scheduler = scheduler;
		}

		@Override
		public void start() {
			this.scheduler.start();
			this.running = true;
		}

		@Override
		public void stop() {
			this.scheduler.stop();
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

	}

}
