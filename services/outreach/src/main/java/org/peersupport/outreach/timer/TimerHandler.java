package org.peersupport.outreach.timer;

import java.time.Instant;

/**
 * What happens when a timer fires. Runs inside a transaction; must be idempotent (check
 * that the case still needs it), because a timer may fire again after a crash between the
 * handler's commit and the scheduler's bookkeeping.
 */
public interface TimerHandler {

	TimerKind kind();

	/**
	 * @param subjectId the case or follow-up id
	 * @param scheduledFor when the timer was due
	 */
	void fire(String subjectId, Instant scheduledFor);

}
