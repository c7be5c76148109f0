package org.peersupport.matching.notification;

/** Where an e-mail to a supporter stands. */
enum NotificationStatus {

	/** Not sent yet; the dispatcher will try at the next attempt time. */
	PENDING,
	/** Handed to the SMTP server. */
	SENT,
	/** No longer needed: the offer was answered or expired before the e-mail went out. */
	SKIPPED,
	/**
	 * Cannot be sent: the supporter has no e-mail address. Kept for the administrator to
	 * see.
	 */
	UNDELIVERABLE

}
