package org.peersupport.persistence.timer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerClient.ScheduleOptions;
import com.github.kagkarlsson.scheduler.exceptions.ExecutionException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DurableTimersTests {

	private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

	private static final TimerTask TASK = new TimerTask("test-task");

	private final SchedulerClient client = mock(SchedulerClient.class);

	@SuppressWarnings("unchecked")
	private final ObjectProvider<SchedulerLifecycle> scheduler = mock(ObjectProvider.class);

	private final DurableTimers timers = new DurableTimers(this.client, this.scheduler,
			Clock.fixed(NOW, ZoneOffset.UTC));

	@BeforeEach
	void inATransaction() {
		TransactionSynchronizationManager.initSynchronization();
	}

	@AfterEach
	void clear() {
		TransactionSynchronizationManager.clearSynchronization();
	}

	@Test
	void aTimerIsOnePerTaskAndSubject() {
		when(this.client.scheduleIfNotExists(any(TaskInstance.class), any(Instant.class))).thenReturn(true);
		assertThat(this.timers.schedule(TASK, "S-1", NOW.plusSeconds(60))).isTrue();
		verify(this.client).scheduleIfNotExists(new TaskInstance<>("test-task", "S-1"), NOW.plusSeconds(60));
		assertThat(TransactionSynchronizationManager.getSynchronizations()).as("not due yet: the poll finds it")
			.isEmpty();
	}

	@Test
	void aTimerDueNowIsLookedForAsSoonAsItsTransactionCommits() {
		this.timers.schedule(TASK, "S-1", NOW);
		assertThat(TransactionSynchronizationManager.getSynchronizations()).hasSize(1);
	}

	@Test
	void reschedulingMovesTheExistingTimer() {
		when(this.client.schedule(any(TaskInstance.class), any(Instant.class), any(ScheduleOptions.class)))
			.thenReturn(true);
		this.timers.reschedule(TASK, "S-1", NOW.plusSeconds(30));
		verify(this.client).schedule(eq(new TaskInstance<>("test-task", "S-1")), eq(NOW.plusSeconds(30)),
				eq(ScheduleOptions.WHEN_EXISTS_RESCHEDULE));
	}

	@Test
	void aTimerPickedWhileItIsMovedIsAConflictForTheCallerNotASilentMiss() {
		when(this.client.schedule(any(TaskInstance.class), any(Instant.class), any(ScheduleOptions.class)))
			.thenReturn(false);
		assertThatThrownBy(() -> this.timers.reschedule(TASK, "S-1", NOW.plusSeconds(30)))
			.isInstanceOf(TaskInstanceCurrentlyExecutingException.class);
	}

	@Test
	void cancellingGoesThroughTheSchedulersApiAndLeavesAFiringOrMissingTimerAlone() {
		assertThat(this.timers.cancel(TASK, "waiting")).isTrue();
		verify(this.client).cancel(new TaskInstance<>("test-task", "waiting"));

		doThrow(new TaskInstanceNotFoundException("test-task", "gone")).when(this.client)
			.cancel(new TaskInstance<>("test-task", "gone"));
		assertThat(this.timers.cancel(TASK, "gone")).isFalse();

		doThrow(new TaskInstanceCurrentlyExecutingException("test-task", "firing")).when(this.client)
			.cancel(new TaskInstance<>("test-task", "firing"));
		assertThat(this.timers.cancel(TASK, "firing")).isFalse();
	}

	@Test
	void aTimerPickedBetweenCancelsReadAndItsDeleteIsLeftToFire() {
		TaskInstance<String> racing = new TaskInstance<>("test-task", "racing");
		doThrow(removedNothing(racing)).doThrow(new TaskInstanceCurrentlyExecutingException("test-task", "racing"))
			.when(this.client)
			.cancel(racing);
		assertThat(this.timers.cancel(TASK, "racing")).as("firing now: its handler sees the change").isFalse();
		verify(this.client, times(2)).cancel(racing);
	}

	@Test
	void aTimerThatKeepsMovingUnderCancelIsAConflictForTheCaller() {
		TaskInstance<String> moving = new TaskInstance<>("test-task", "moving");
		doThrow(removedNothing(moving)).when(this.client).cancel(moving);
		assertThatThrownBy(() -> this.timers.cancel(TASK, "moving")).isInstanceOf(ExecutionException.class);
		verify(this.client, times(3)).cancel(moving);
	}

	/** What db-scheduler throws when its version-checked delete finds no row. */
	private static ExecutionException removedNothing(TaskInstance<String> timer) {
		return new ExecutionException("Expected one execution to be removed, but removed 0.",
				new Execution(NOW, timer));
	}

}
