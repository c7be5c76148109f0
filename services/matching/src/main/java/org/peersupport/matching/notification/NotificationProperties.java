package org.peersupport.matching.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail to supporters.
 *
 * @param from the sender, such as
 * {@code Peer Support Program <peersupport@hospital.example>}
 * @param pollInterval how often due e-mails are looked for
 * @param batchSize how many e-mails one poll claims
 * @param retryInitial the wait after the first failed attempt; it doubles per attempt
 * @param retryMax the longest wait between attempts; attempts never stop
 */
@ConfigurationProperties("peersupport.notifications")
record NotificationProperties(@DefaultValue("Peer Support Program <peersupport@localhost>") String from,
		@DefaultValue("PT2S") Duration pollInterval, @DefaultValue("20") int batchSize,
		@DefaultValue("PT30S") Duration retryInitial, @DefaultValue("PT15M") Duration retryMax) {

	/** The wait before attempt {@code attempts + 1}. */
	Duration backoff(int attempts) {
		Duration wait = this.retryInitial;
		for (int i = 1; i < attempts && wait.compareTo(this.retryMax) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.retryMax) > 0) ? this.retryMax : wait;
	}

}
