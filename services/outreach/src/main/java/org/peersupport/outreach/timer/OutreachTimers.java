package org.peersupport.outreach.timer;

import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets durable timers. A timer is a row in {@code scheduled_tasks}, written through a
 * transaction-aware data source in the caller's transaction: if the case change rolls
 * back, the timer never existed. The instance id carries the case id and the due time, so
 * moving a case earlier adds a new timer and handlers ignore the stale one.
 */
@Service
public class OutreachTimers {

	private final SchedulerClient client;

	private final JdbcTemplate jdbc;

	OutreachTimers(SchedulerClient outreachSchedulerClient, JdbcTemplate jdbc) {
		this.client = outreachSchedulerClient;
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void schedule(TimerKind kind, UUID caseId, String subjectId, Instant at) {
		TaskDescriptor<String> task = TaskDescriptor.of(kind.taskName(), String.class);
		this.client.scheduleIfNotExists(
				task.instance(caseId + "/" + subjectId + "@" + at.toEpochMilli()).data(subjectId).scheduledTo(at));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void schedule(TimerKind kind, UUID caseId, Instant at) {
		schedule(kind, caseId, caseId.toString(), at);
	}

	/**
	 * Drops a closed case's timers that are not running; a running one finds the case
	 * closed and does nothing.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int cancelAll(UUID caseId) {
		return this.jdbc.update("DELETE FROM scheduled_tasks WHERE task_instance LIKE ? AND picked = false",
				caseId + "/%");
	}

}
