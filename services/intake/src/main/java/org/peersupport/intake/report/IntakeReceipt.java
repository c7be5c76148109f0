package org.peersupport.intake.report;

import java.util.List;
import java.util.UUID;

/**
 * What intake tells the sender.
 *
 * @param id the platform's id for the event, the same on every retry and update
 * @param outcome what happened
 * @param reason why there is no outreach, or what an update added; null otherwise
 * @param warnings what intake assumed where the report was not clear; empty when nothing
 */
public record IntakeReceipt(UUID id, IntakeOutcome outcome, String reason, List<String> warnings) {

	public boolean isNew() {
		return this.outcome == IntakeOutcome.ACCEPTED || this.outcome == IntakeOutcome.ACCEPTED_NO_OUTREACH;
	}

}
