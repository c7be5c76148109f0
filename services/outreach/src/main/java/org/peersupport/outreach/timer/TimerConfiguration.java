package org.peersupport.outreach.timer;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.peersupport.persistence.timer.DurableTimerScheduling;
import org.peersupport.persistence.timer.SchedulerLifecycle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outreach's durable timers: one task per {@link TimerHandler}, each firing inside a
 * transaction. Two instances sharing the table fire each timer once
 * ({@code OutreachClusterIT}); {@code peersupport.outreach.timers.instance-name} names an
 * instance in the table's {@code picked_by} column.
 */
@Configuration(proxyBeanMethods = false)
class TimerConfiguration {

	@Bean
	SchedulerClient outreachSchedulerClient(DataSource dataSource) {
		return DurableTimerScheduling.client(dataSource);
	}

	@Bean
	SchedulerLifecycle outreachScheduler(DataSource dataSource, List<TimerHandler> handlers,
			TransactionTemplate transactions, Clock clock,
			@Value("${peersupport.outreach.timers.enabled:true}") boolean enabled,
			@Value("${peersupport.outreach.timers.polling-interval:PT1S}") Duration pollingInterval,
			@Value("${peersupport.outreach.timers.threads:8}") int threads,
			@Value("${peersupport.outreach.timers.heartbeat-interval:PT30S}") Duration heartbeat,
			@Value("${peersupport.outreach.timers.instance-name:}") String instanceName) {
		List<Task<?>> tasks = handlers.stream().<Task<?>>map((handler) -> task(handler, transactions)).toList();
		SchedulerBuilder builder = DurableTimerScheduling.scheduler(dataSource, tasks, clock)
			.threads(threads)
			.pollingInterval(pollingInterval)
			.heartbeatInterval(heartbeat);
		if (!instanceName.isBlank()) {
			builder.schedulerName(new SchedulerName.Fixed(instanceName));
		}
		return new SchedulerLifecycle(builder::build, enabled);
	}

	private static Task<String> task(TimerHandler handler, TransactionTemplate transactions) {
		return Tasks.oneTime(handler.kind().taskName(), String.class)
			.onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(5), 2.0))
			.execute((instance, context) -> transactions.executeWithoutResult(
					(status) -> handler.fire(instance.getData(), context.getExecution().getExecutionTime())));
	}

}
