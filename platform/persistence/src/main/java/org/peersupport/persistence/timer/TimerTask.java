package org.peersupport.persistence.timer;

import org.springframework.util.Assert;

/**
 * The name of one kind of durable timer: db-scheduler's task name. It is stored with
 * every pending timer, so it must never change once timers of its kind exist.
 *
 * @param name the task name, such as {@code referral-follow-up}
 */
public record TimerTask(String name) {

	public TimerTask {
		Assert.hasText(name, "A timer task needs a name");
	}

}
