package org.peersupport.persistence.timer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class TimerFiringTests {

	private static final Instant DUE = Instant.parse("2026-01-05T09:00:00Z");

	private static final TimerSettings.Backoff OUTREACH = new TimerSettings.Backoff(Duration.ofSeconds(5), 2.0);

	private final CountingTransactions transactions = new CountingTransactions();

	private final List<String> fired = new ArrayList<>();

	@Test
	void aFailedTimerWaitsLongerAfterEachConsecutiveFailure() {
		assertThat(List.of(1, 2, 3, 4).stream().map(OUTREACH::after)).containsExactly(Duration.ofSeconds(5),
				Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40));
		assertThat(retryAfter(OUTREACH, 0)).isEqualTo(DUE.plusSeconds(5));
		assertThat(retryAfter(OUTREACH, 3)).isEqualTo(DUE.plusSeconds(40));
	}

	@Test
	void aMultiplierOfOneRetriesAtAFixedInterval() {
		TimerSettings.Backoff fixed = new TimerSettings.Backoff(Duration.ofSeconds(30), 1.0);
		assertThat(retryAfter(fixed, 0)).isEqualTo(DUE.plusSeconds(30));
		assertThat(retryAfter(fixed, 5)).isEqualTo(DUE.plusSeconds(30));
	}

	@Test
	void aTimerThatIsDoneIsRemovedAndOneThatFiresAgainMovesToItsNextTime() {
		ExecutionComplete complete = ExecutionComplete.success(execution("S-1", null, 0), DUE, DUE);
		@SuppressWarnings("unchecked")
		ExecutionOperations<String> operations = mock(ExecutionOperations.class);
		TimerFiring.then(Next.againAt(DUE.plusSeconds(60))).complete(complete, operations);
		verify(operations).reschedule(complete, DUE.plusSeconds(60));

		assertThat(TimerFiring.then(Next.done())).as("the row goes")
			.isInstanceOf(CompletionHandler.OnCompleteRemove.class);
	}

	@Test
	void aHandlerFiresInOneTransactionWithItsSubjectAndDueTime() {
		CustomTask<String> task = TimerFiring.task(handler(true, Next.done()), OUTREACH, this.transactions);
		CompletionHandler<String> completion = fire(task, "S-1", null);
		assertThat(this.fired).containsExactly("S-1@" + DUE);
		assertThat(this.transactions.count).isEqualTo(1);
		assertThat(completion).isInstanceOf(CompletionHandler.OnCompleteRemove.class);
	}

	@Test
	void aHandlerThatCallsOutOpensItsOwnTransactions() {
		CustomTask<String> task = TimerFiring.task(handler(false, Next.againAt(DUE.plusSeconds(1))), OUTREACH,
				this.transactions);
		fire(task, "S-2", null);
		assertThat(this.fired).containsExactly("S-2@" + DUE);
		assertThat(this.transactions.count).isZero();
	}

	@Test
	void aRowWrittenBeforeThePlatformTimersKeepsItsSubjectInTheTaskData() {
		CustomTask<String> task = TimerFiring.task(handler(true, Next.done()), OUTREACH, this.transactions);
		fire(task, "case-1/case-1@1767603600000", "case-1");
		assertThat(this.fired).containsExactly("case-1@" + DUE);
	}

	@Test
	void aStandingTimerIsScheduledWhenTheSchedulerStarts() {
		TimerHandler standing = new RecordingHandler(true, Next.done()) {
			@Override
			public boolean standing() {
				return true;
			}
		};
		com.github.kagkarlsson.scheduler.SchedulerClient client = mock(
				com.github.kagkarlsson.scheduler.SchedulerClient.class);
		TimerFiring.task(standing, OUTREACH, this.transactions).onStartup(client, () -> DUE);
		// db-scheduler's schedule-on-startup adds the row only when it is not there yet.
		verify(client).schedule(new TaskInstance<>("test-task", TimerHandler.STANDING), DUE);

		com.github.kagkarlsson.scheduler.SchedulerClient untouched = mock(
				com.github.kagkarlsson.scheduler.SchedulerClient.class);
		TimerFiring.task(handler(true, Next.done()), OUTREACH, this.transactions).onStartup(untouched, () -> DUE);
		verifyNoInteractions(untouched);
	}

	private CompletionHandler<String> fire(CustomTask<String> task, String id, String data) {
		Execution execution = execution(id, data, 0);
		return task.execute(execution.taskInstance, new ExecutionContext(null, execution, null, null));
	}

	private static Instant retryAfter(TimerSettings.Backoff backoff, int failuresSoFar) {
		ExecutionComplete failed = ExecutionComplete.failure(execution("S-1", null, failuresSoFar), DUE, DUE,
				new IllegalStateException("database down"));
		@SuppressWarnings("unchecked")
		ExecutionOperations<String> operations = mock(ExecutionOperations.class);
		List<Instant> next = new ArrayList<>();
		org.mockito.Mockito.doAnswer((call) -> next.add(call.getArgument(1)))
			.when(operations)
			.reschedule(any(), any(Instant.class));
		TimerFiring.retryWith(backoff).onFailure(failed, operations);
		assertThat(next).hasSize(1);
		return next.get(0);
	}

	private static Execution execution(String id, String data, int consecutiveFailures) {
		return new Execution(DUE, new TaskInstance<>("test-task", id, data), false, null, null, null,
				consecutiveFailures, null, 1);
	}

	private TimerHandler handler(boolean transactional, Next next) {
		return new RecordingHandler(transactional, next);
	}

	private class RecordingHandler extends TimerHandler {

		private final boolean transactional;

		private final Next next;

		RecordingHandler(boolean transactional, Next next) {
			super(new TimerTask("test-task"));
			this.transactional = transactional;
			this.next = next;
		}

		@Override
		public Next fire(String subject, Instant scheduledFor) {
			TimerFiringTests.this.fired.add(subject + "@" + scheduledFor);
			return this.next;
		}

		@Override
		public boolean transactional() {
			return this.transactional;
		}

	}

	private static final class CountingTransactions implements TransactionOperations {

		int count;

		@Override
		public <T> T execute(TransactionCallback<T> action) {
			this.count++;
			return action.doInTransaction(null);
		}

	}

}
