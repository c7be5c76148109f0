package org.peersupport.persistence.timer;

import java.util.List;
import java.util.function.Supplier;

import com.github.kagkarlsson.scheduler.CurrentlyExecuting;
import com.github.kagkarlsson.scheduler.Scheduler;

import org.springframework.context.SmartLifecycle;

/**
 * Runs db-scheduler with the application context. It keeps the default (last) phase, so
 * timers start only after the web server and the Kafka listeners are up, and stop before
 * them and before the connection pool closes: a timer never fires into a half-closed
 * service.
 * <p>
 * A db-scheduler {@link Scheduler} cannot start again once stopped, but a context can be
 * stopped and started again (Spring's test framework pauses cached contexts), so every
 * start builds a fresh scheduler. The timers themselves are rows and lose nothing.
 */
public final class SchedulerLifecycle implements SmartLifecycle {

	private final Supplier<Scheduler> schedulers;

	private final boolean enabled;

	private volatile Scheduler running;

	private volatile boolean started;

	/**
	 * @param schedulers builds a scheduler (a configured {@code SchedulerBuilder::build})
	 * @param enabled false keeps timers idle on this instance (it still schedules them;
	 * others fire them)
	 */
	public SchedulerLifecycle(Supplier<Scheduler> schedulers, boolean enabled) {
		this.schedulers = schedulers;
		this.enabled = enabled;
	}

	public SchedulerLifecycle(Supplier<Scheduler> schedulers) {
		this(schedulers, true);
	}

	/** Asks the scheduler to look for due timers now rather than at its next poll. */
	public void checkForDueTimers() {
		Scheduler scheduler = this.running;
		if (scheduler != null) {
			scheduler.triggerCheckForDueExecutions();
		}
	}

	/** The timers firing at this moment on this instance. */
	public List<CurrentlyExecuting> currentlyExecuting() {
		Scheduler scheduler = this.running;
		return (scheduler != null) ? scheduler.getCurrentlyExecuting() : List.of();
	}

	@Override
	public void start() {
		if (this.enabled) {
			Scheduler scheduler = this.schedulers.get();
			scheduler.start();
			this.running = scheduler;
		}
		this.started = true;
	}

	@Override
	public void stop() {
		Scheduler scheduler = this.running;
		this.running = null;
		if (scheduler != null) {
			scheduler.stop();
		}
		this.started = false;
	}

	@Override
	public boolean isRunning() {
		return this.started;
	}

}
