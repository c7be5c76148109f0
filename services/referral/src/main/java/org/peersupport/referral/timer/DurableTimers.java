package org.peersupport.referral.timer;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;

import org.peersupport.persistence.timer.SchedulerLifecycle;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starts durable timers. A timer is a db-scheduler row written in the caller's
 * transaction, so it exists exactly when the state change that needs it commits, and it
 * survives restarts.
 */
public class DurableTimers {

	private final SchedulerClient client;

	private final ObjectProvider<SchedulerLifecycle> scheduler;

	DurableTimers(SchedulerClient client, ObjectProvider<SchedulerLifecycle> scheduler) {
		this.client = client;
		this.scheduler = scheduler;
	}

	/**
	 * Starts the timer of a handler for one entity, unless it already runs.
	 * @param handler the kind of timer
	 * @param id the entity
	 * @param at when it fires
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void start(TimerHandler handler, String id, Instant at) {
		this.client.scheduleIfNotExists(TaskDescriptor.of(handler.taskName()).instance(id).scheduledTo(at));
		// A timer due now (a crisis page) should not wait for the next poll.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				DurableTimers.this.scheduler.ifAvailable(SchedulerLifecycle::checkForDueTimers);
			}
		});
	}

}
