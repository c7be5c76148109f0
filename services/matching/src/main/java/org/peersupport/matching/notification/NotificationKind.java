package org.peersupport.matching.notification;

/** Why a supporter is e-mailed. */
enum NotificationKind {

	/** A case was offered to them: accept or decline. */
	OFFER,
	/** A follow-up check-in is due for a case they hold. */
	FOLLOW_UP

}
