package org.peersupport.persistence.timer;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;

import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler as the services use it for durable timers. It is built from the service's
 * own DataSource rather than through its Spring Boot starter, which targets Boot 3 and
 * would start one scheduler per service context in the standalone platform.
 * <p>
 * Both sides go through a transaction-aware DataSource: a timer scheduled inside a Spring
 * transaction is a row that commits or rolls back with the change that needs it. Time
 * comes from the injected {@link Clock}, so tests move time instead of sleeping. Several
 * instances share the table; db-scheduler's locking polls give each due timer to exactly
 * one of them.
 */
public final class DurableTimerScheduling {

	private DurableTimerScheduling() {
	}

	/** A client whose schedule calls join the caller's transaction. */
	public static SchedulerClient client(DataSource dataSource) {
		return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource)).build();
	}

	/**
	 * A scheduler builder with the platform's choices made: transaction-aware DataSource,
	 * the injected clock, UTC timestamps and a bounded wait for running timers at
	 * shutdown. Services add their polling interval, thread count and recurring tasks.
	 */
	public static SchedulerBuilder scheduler(DataSource dataSource, List<Task<?>> tasks, Clock clock) {
		return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
			.clock(clock::instant)
			.alwaysPersistTimestampInUTC()
			.shutdownMaxWait(Duration.ofSeconds(10));
	}

}
