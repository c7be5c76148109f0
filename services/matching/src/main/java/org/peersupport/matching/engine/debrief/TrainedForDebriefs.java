package org.peersupport.matching.engine.debrief;

/**
 * Trained to facilitate group debriefs, and still on the day of the debrief; a peer
 * supporter's training alone does not qualify, nor a paused or lapsed supporter.
 */
public final class TrainedForDebriefs implements FacilitatorRule {

	@Override
	public boolean allows(DebriefToStaff debrief, Facilitator facilitator) {
		return facilitator.debriefTrained()
				&& (facilitator.debriefTrainingExpiresOn() == null
						|| !facilitator.debriefTrainingExpiresOn().isBefore(debrief.heldOn()))
				&& !facilitator.supporter().readiness().paused();
	}

}
