package org.peersupport.persistence.timer;

import java.time.Instant;

/**
 * What happens when a durable timer of one kind fires. Every {@code TimerHandler} bean is
 * one db-scheduler task, named by its {@link TimerTask}; {@link DurableTimers} schedules
 * its timers, one per subject (the case, offer or referral the timer is about).
 * <p>
 * A handler must be idempotent: check that the subject still needs it. A timer fires
 * again after a crash between the handler's commit and the scheduler's bookkeeping, and a
 * handler that throws is retried with exponential back-off
 * ({@code peersupport.timers.backoff.*}).
 */
public abstract class TimerHandler {

	/**
	 * The subject of a standing timer (db-scheduler's name for a recurring task's only
	 * instance).
	 */
	public static final String STANDING = "recurring";

	private final TimerTask task;

	protected TimerHandler(TimerTask task) {
		this.task = task;
	}

	/** The kind of timer this handler fires. */
	public TimerTask task() {
		return this.task;
	}

	/**
	 * Handles the timer of one subject.
	 * @param subject what the timer is about, as it was scheduled
	 * @param scheduledFor when the timer was due
	 * @return done, or when the same timer fires again
	 */
	public abstract Next fire(String subject, Instant scheduledFor);

	/**
	 * Whether {@link #fire} runs in one transaction, so that its database work and its
	 * outbox rows commit together or not at all (the default). A handler that calls out
	 * (a webhook) answers false and opens its own transactions, so that a slow call never
	 * holds a lock.
	 */
	public boolean transactional() {
		return true;
	}

	/**
	 * Whether this is a standing timer: nobody schedules it; the scheduler starts it
	 * under the subject {@link #STANDING} when it is not already pending, and it keeps
	 * itself going by answering {@link Next#againAt}.
	 */
	public boolean standing() {
		return false;
	}

}
