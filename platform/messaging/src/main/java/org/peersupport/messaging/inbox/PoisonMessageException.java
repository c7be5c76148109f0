package org.peersupport.messaging.inbox;

/**
 * A record that can never be processed, however often it is retried: it goes to the
 * dead-letter topic at once, with this message as the reason.
 */
public class PoisonMessageException extends RuntimeException {

	public PoisonMessageException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
