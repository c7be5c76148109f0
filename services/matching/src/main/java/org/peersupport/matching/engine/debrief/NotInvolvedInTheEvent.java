package org.peersupport.matching.engine.debrief;

/** Not involved in the event: they are one of the team, not its facilitator. */
public final class NotInvolvedInTheEvent implements FacilitatorRule {

	@Override
	public boolean allows(DebriefToStaff debrief, Facilitator facilitator) {
		return !debrief.involved().contains(facilitator.staffId());
	}

}
