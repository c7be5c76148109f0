package org.peersupport.persistence.timer;

import java.time.Clock;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerClient.ScheduleOptions;
import com.github.kagkarlsson.scheduler.exceptions.ExecutionException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Schedules, moves and cancels durable timers: one timer per task and subject, written in
 * the caller's transaction, so it exists exactly when the change that needs it commits,
 * and it survives restarts.
 */
public class DurableTimers {

	/**
	 * A picked or moved timer shows on the second read; a third is for a timer moved
	 * twice.
	 */
	private static final int CANCEL_ATTEMPTS = 3;

	private final SchedulerClient client;

	private final ObjectProvider<SchedulerLifecycle> scheduler;

	private final Clock clock;

	DurableTimers(SchedulerClient client, ObjectProvider<SchedulerLifecycle> scheduler, Clock clock) {
		this.client = client;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	/**
	 * Starts a timer, unless the subject already has one of this task.
	 * @return whether a timer was added
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean schedule(TimerTask task, String subject, Instant at) {
		boolean added = this.client.scheduleIfNotExists(instance(task, subject), at);
		checkAfterCommitWhenDue(at);
		return added;
	}

	/**
	 * Moves the subject's timer to a new time, or starts one when it has none. A timer
	 * that is firing right now cannot move: this throws, and the caller's transaction is
	 * retried like any other conflict.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void reschedule(TimerTask task, String subject, Instant at) {
		if (!this.client.schedule(instance(task, subject), at, ScheduleOptions.WHEN_EXISTS_RESCHEDULE)) {
			// The scheduler moves a timer by version: a poll that picked it (or a firing
			// that finished it) after the read leaves it unmoved, and db-scheduler only
			// logs that. Unmoved, the timer would fire at its old time, or not at all.
			throw new TaskInstanceCurrentlyExecutingException(task.name(), subject);
		}
		checkAfterCommitWhenDue(at);
	}

	/**
	 * Cancels the subject's timer of this task. A timer that is firing right now is left
	 * alone: its handler finds the subject changed and does nothing.
	 * @return whether a waiting timer was cancelled
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean cancel(TimerTask task, String subject) {
		for (int attempt = 1;; attempt++) {
			try {
				this.client.cancel(instance(task, subject));
				return true;
			}
			catch (TaskInstanceNotFoundException | TaskInstanceCurrentlyExecutingException ex) {
				return false;
			}
			catch (ExecutionException ex) {
				// The scheduler reads the timer, then deletes it by version. A poll that
				// picks the timer in between moves the version on, and the delete finds
				// nothing (db-scheduler calls that "a bug"). Read again: the timer is
				// firing now, or was moved, and the next attempt says which.
				if (attempt == CANCEL_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private static TaskInstance<String> instance(TimerTask task, String subject) {
		return new TaskInstance<>(task.name(), subject);
	}

	/** A timer due now (a crisis page) should not wait for the next poll. */
	private void checkAfterCommitWhenDue(Instant at) {
		if (at.isAfter(this.clock.instant())) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				DurableTimers.this.scheduler.ifAvailable(SchedulerLifecycle::checkForDueTimers);
			}
		});
	}

}
