package org.peersupport.referral.timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler, built by hand from the service's DataSource: its Boot starter targets
 * Boot 3, and in the standalone platform a starter would start a scheduler in every
 * service. Time comes from the injected {@link Clock}, so tests move it.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

	/**
	 * Schedules through a transaction-aware DataSource, so a timer row joins the caller's
	 * transaction.
	 */
	@Bean
	SchedulerClient timerClient(DataSource dataSource) {
		return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource)).build();
	}

	@Bean
	DurableTimers durableTimers(SchedulerClient timerClient, ObjectProvider<Scheduler> scheduler) {
		return new DurableTimers(timerClient, scheduler);
	}

	@Bean(destroyMethod = "")
	Scheduler timerScheduler(DataSource dataSource, List<TimerHandler> handlers, Clock clock,
			@Value("${peersupport.referral.timers.polling-interval:1s}") Duration pollingInterval,
			@Value("${peersupport.referral.timers.threads:4}") int threads,
			@Value("${peersupport.referral.timers.retry-after-failure:30s}") Duration retryAfterFailure) {
		List<Task<?>> tasks = handlers.stream().<Task<?>>map((handler) -> task(handler, retryAfterFailure)).toList();
		return Scheduler.create(dataSource, tasks)
			.clock(clock::instant)
			.pollingInterval(pollingInterval)
			.threads(threads)
			.shutdownMaxWait(Duration.ofSeconds(10))
			.build();
	}

	@Bean
	SmartLifecycle timerSchedulerLifecycle(Scheduler timerScheduler) {
		return new SchedulerLifecycle(timerScheduler);
	}

	/**
	 * One task per handler: it fires, then either fires again when the handler says so or
	 * is removed. A failure (database down) retries later rather than losing the timer.
	 */
	private static Task<Void> task(TimerHandler handler, Duration retryAfterFailure) {
		return Tasks.custom(handler.taskName(), Void.class)
			.onFailure(new FailureHandler.OnFailureRetryLater<>(retryAfterFailure))
			.execute((instance, context) -> {
				Optional<Instant> next = handler.fire(instance.getId());
				return next
					.<CompletionHandler<Void>>map((at) -> (complete, operations) -> operations.reschedule(complete, at))
					.orElseGet(CompletionHandler.OnCompleteRemove::new);
			});
	}

	/**
	 * Starts the scheduler with the context and stops it before the DataSource closes.
	 */
	private static final class SchedulerLifecycle implements SmartLifecycle {

		private final Scheduler scheduler;

		private volatile boolean running;

		SchedulerLifecycle(Scheduler scheduler) {
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
