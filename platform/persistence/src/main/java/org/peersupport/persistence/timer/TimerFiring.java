package org.peersupport.persistence.timer;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.transaction.support.TransactionOperations;

/**
 * One {@link TimerHandler} as a db-scheduler task: fire (in a transaction unless the
 * handler opens its own), then remove the row or move it to the next firing; on a
 * failure, move it by the back-off and keep it.
 * <p>
 * The scheduler's bookkeeping (removing or moving the row) commits after the handler's
 * transaction, not with it. That is why handlers must be idempotent: a crash in between
 * fires the timer again.
 */
final class TimerFiring {

	private TimerFiring() {
	}

	static CustomTask<String> task(TimerHandler handler, TimerSettings.Backoff backoff,
			TransactionOperations transactions) {
		Tasks.TaskBuilder<String> builder = Tasks.custom(handler.task().name(), String.class)
			.onFailure(retryWith(backoff));
		if (handler.standing()) {
			builder.scheduleOnStartup(TimerHandler.STANDING, null, (now) -> now);
		}
		return builder.execute((instance, context) -> then(fire(handler, instance, context, transactions)));
	}

	private static Next fire(TimerHandler handler, TaskInstance<String> instance, ExecutionContext context,
			TransactionOperations transactions) {
		String subject = subjectOf(instance);
		Instant scheduledFor = context.getExecution().getExecutionTime();
		if (!handler.transactional()) {
			return handler.fire(subject, scheduledFor);
		}
		return transactions.execute((status) -> handler.fire(subject, scheduledFor));
	}

	/**
	 * The subject is the instance id. Rows written before the platform timers (outreach's
	 * ids carried the due time) kept the subject in the task data instead.
	 */
	static String subjectOf(TaskInstance<String> instance) {
		return (instance.getData() != null) ? instance.getData() : instance.getId();
	}

	static CompletionHandler<String> then(Next next) {
		return next.again()
			.<CompletionHandler<String>>map((at) -> (complete, operations) -> operations.reschedule(complete, at))
			.orElseGet(CompletionHandler.OnCompleteRemove::new);
	}

	/**
	 * Moves a failed timer by the back-off; the row counts the consecutive failures, so
	 * the wait grows with each.
	 */
	static FailureHandler<String> retryWith(TimerSettings.Backoff backoff) {
		return (ExecutionComplete complete, ExecutionOperations<String> operations) -> {
			int failures = complete.getExecution().consecutiveFailures + 1;
			operations.reschedule(complete, complete.getTimeDone().plus(backoff.after(failures)));
		};
	}

}
