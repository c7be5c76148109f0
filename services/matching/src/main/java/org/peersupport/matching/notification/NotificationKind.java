package org.peersupport.matching.notification;

/** Why a supporter is e-mailed. */
enum NotificationKind {

	/** A case was offered to them: accept or decline. */
	OFFER,
	/** A follow-up check-in is due for a case they hold. */
	FOLLOW_UP,
	/** Someone involved in an event is invited to their team's debrief. */
	DEBRIEF_INVITATION,
	/** A supporter was chosen to facilitate a team debrief. */
	DEBRIEF_FACILITATION;

	boolean aboutDebrief() {
		return this == DEBRIEF_INVITATION || this == DEBRIEF_FACILITATION;
	}

}
