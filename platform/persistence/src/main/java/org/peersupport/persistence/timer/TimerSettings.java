package org.peersupport.persistence.timer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service runs its durable timers ({@code peersupport.timers.*}).
 *
 * @param enabled false keeps timers idle on this instance: it still schedules them, and
 * other instances fire them
 * @param pollingInterval how often due timers are looked for (timers due at once are also
 * looked for right after the transaction that scheduled them commits)
 * @param threads how many timers fire at the same time
 * @param heartbeatInterval how often a firing timer proves its instance is alive; a timer
 * whose instance stopped beating is fired again elsewhere
 * @param instanceName this instance's name in {@code scheduled_tasks.picked_by} (empty:
 * the host name)
 * @param backoff when a handler that threw is tried again
 */
@ConfigurationProperties("peersupport.timers")
public record TimerSettings(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration pollingInterval,
		@DefaultValue("4") int threads, @DefaultValue("5m") Duration heartbeatInterval,
		@DefaultValue("") String instanceName, @DefaultValue Backoff backoff) {

	/**
	 * Exponential back-off after a failure: the first retry after {@code first}, each
	 * next one {@code multiplier} times later than the one before. A multiplier of 1
	 * retries at a fixed interval.
	 *
	 * @param first the wait before the first retry
	 * @param multiplier how much longer each next wait is
	 */
	public record Backoff(@DefaultValue("5s") Duration first, @DefaultValue("2.0") double multiplier) {

		/** The wait before retry number {@code failures} (1 for the first). */
		Duration after(int failures) {
			return Duration.ofMillis(Math.round(this.first.toMillis() * Math.pow(this.multiplier, failures - 1)));
		}

	}

}
