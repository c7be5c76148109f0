package org.peersupport.matching.engine.debrief;

import java.time.LocalDate;

import org.peersupport.matching.engine.Candidate;

/**
 * A supporter as a debrief decision sees them: the candidate matching knows, plus their
 * debrief-facilitation training.
 *
 * @param supporter the supporter, with readiness and load
 * @param debriefTrained whether they completed debrief-facilitation training
 * @param debriefTrainingExpiresOn its last valid day, or null when it does not expire
 */
public record Facilitator(Candidate supporter, boolean debriefTrained, LocalDate debriefTrainingExpiresOn) {

	public String staffId() {
		return this.supporter.staffId();
	}

}
