package org.peersupport.outreach.outreachcase;

import org.peersupport.contracts.events.CloseReason;

/**
 * The reasons an administrator may close a case for by hand: a fixed list, no text. Each
 * is announced with the close reason the rest of the platform counts it under.
 */
public enum AdministratorClosure {

	/** The clinician said no thank you, by other means: counted as a decline. */
	DECLINED_ELSEWHERE(CloseReason.DECLINED_BY_CLINICIAN),

	/** The same person's case is open twice. */
	DUPLICATE(CloseReason.CLOSED_BY_ADMINISTRATOR),

	/** The clinician left the organisation. */
	LEFT_ORGANISATION(CloseReason.CLOSED_BY_ADMINISTRATOR),

	/** Another program (employee assistance, occupational health) supports them. */
	OTHER_PROGRAM(CloseReason.CLOSED_BY_ADMINISTRATOR);

	private final CloseReason closeReason;

	AdministratorClosure(CloseReason closeReason) {
		this.closeReason = closeReason;
	}

	public CloseReason closeReason() {
		return this.closeReason;
	}

}
