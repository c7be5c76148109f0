package org.peersupport.referral.timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.peersupport.persistence.timer.DurableTimerScheduling;
import org.peersupport.persistence.timer.SchedulerLifecycle;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Referral's durable timers (crisis paging, referral follow-ups): one task per
 * {@link TimerHandler}.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

	@Bean
	SchedulerClient timerClient(DataSource dataSource) {
		return DurableTimerScheduling.client(dataSource);
	}

	@Bean
	DurableTimers durableTimers(SchedulerClient timerClient, ObjectProvider<SchedulerLifecycle> scheduler) {
		return new DurableTimers(timerClient, scheduler);
	}

	@Bean
	SchedulerLifecycle timerScheduler(DataSource dataSource, List<TimerHandler> handlers, Clock clock,
			@Value("${peersupport.referral.timers.polling-interval:1s}") Duration pollingInterval,
			@Value("${peersupport.referral.timers.threads:4}") int threads,
			@Value("${peersupport.referral.timers.retry-after-failure:30s}") Duration retryAfterFailure) {
		List<Task<?>> tasks = handlers.stream().<Task<?>>map((handler) -> task(handler, retryAfterFailure)).toList();
		SchedulerBuilder builder = DurableTimerScheduling.scheduler(dataSource, tasks, clock)
			.pollingInterval(pollingInterval)
			.threads(threads);
		return new SchedulerLifecycle(builder::build);
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

}
