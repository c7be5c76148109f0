package org.peersupport.persistence.timer;

import java.util.ArrayList;
import java.util.List;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class SchedulerLifecycleTests {

	private final List<Scheduler> built = new ArrayList<>();

	private Scheduler build() {
		Scheduler scheduler = mock(Scheduler.class);
		this.built.add(scheduler);
		return scheduler;
	}

	@Test
	void everyStartRunsAFreshSchedulerBecauseAStoppedOneCannotStartAgain() {
		SchedulerLifecycle lifecycle = new SchedulerLifecycle(this::build);
		lifecycle.start();
		lifecycle.stop();
		assertThat(lifecycle.isRunning()).isFalse();
		lifecycle.start();
		assertThat(lifecycle.isRunning()).isTrue();
		assertThat(this.built).hasSize(2);
		verify(this.built.get(0)).start();
		verify(this.built.get(0)).stop();
		verify(this.built.get(1)).start();
		verify(this.built.get(1), never()).stop();
		lifecycle.checkForDueTimers();
		verify(this.built.get(1)).triggerCheckForDueExecutions();
	}

	@Test
	void aDisabledInstanceRunsNoSchedulerAndReportsNothingExecuting() {
		SchedulerLifecycle lifecycle = new SchedulerLifecycle(this::build, false);
		lifecycle.start();
		lifecycle.checkForDueTimers();
		assertThat(lifecycle.isRunning()).isTrue();
		assertThat(lifecycle.currentlyExecuting()).isEmpty();
		lifecycle.stop();
		assertThat(this.built).isEmpty();
	}

}
