package org.peersupport.referral.timer;

import java.time.Instant;
import java.util.Optional;

/**
 * What happens when a durable timer of one kind fires. The handler runs on a scheduler
 * thread and opens its own transactions.
 */
public interface TimerHandler {

	/**
	 * The db-scheduler task name; stable, since it is stored with every pending timer.
	 */
	String taskName();

	/**
	 * Handles the timer of one entity.
	 * @param id the entity the timer belongs to
	 * @return when the same timer should fire again, or empty when it is done
	 */
	Optional<Instant> fire(String id);

}
