package org.peersupport.matching.timer;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.peersupport.persistence.timer.DurableTimerScheduling;
import org.peersupport.persistence.timer.SchedulerLifecycle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Matching's durable timers (offer expiry, training lapses): every {@link Task} bean is a
 * one-time task, every {@link RecurringTask} bean starts with the scheduler.
 */
@Configuration(proxyBeanMethods = false)
class DurableTimers {

	@Bean
	SchedulerClient schedulerClient(DataSource dataSource) {
		return DurableTimerScheduling.client(dataSource);
	}

	@Bean
	@SuppressWarnings({ "unchecked", "rawtypes" })
	SchedulerLifecycle timerRunner(DataSource dataSource, List<Task<?>> tasks, List<RecurringTask<?>> recurring,
			Clock clock, @Value("${peersupport.matching.timers.polling-interval:PT1S}") Duration pollingInterval,
			@Value("${peersupport.matching.timers.threads:2}") int threads) {
		List<Task<?>> oneTime = tasks.stream().filter((task) -> !(task instanceof RecurringTask)).toList();
		SchedulerBuilder builder = DurableTimerScheduling.scheduler(dataSource, oneTime, clock)
			.startTasks((List) recurring)
			.pollingInterval(pollingInterval)
			.threads(threads);
		return new SchedulerLifecycle(builder::build);
	}

}
