package org.peersupport.outreach.escalation;

import java.time.Instant;

/**
 * One escalation of a case as its readers see it.
 *
 * @param reason the reason code ({@code EscalationReasons})
 * @param escalatedAt when it was raised
 * @param resolvedAt when it was resolved, or null while it is open
 */
public record EscalationEntry(String reason, Instant escalatedAt, Instant resolvedAt) {

	public boolean isOpen() {
		return this.resolvedAt == null;
	}

}
