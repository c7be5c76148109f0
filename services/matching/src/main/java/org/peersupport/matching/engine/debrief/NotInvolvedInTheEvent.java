package org.peersupport.matching.engine.debrief;

/**
 * Not involved in the event (invited or not: someone who opted out is still one of the
 * team), so never its facilitator.
 */
public final class NotInvolvedInTheEvent implements FacilitatorRule {

	@Override
	public boolean allows(DebriefToStaff debrief, Facilitator facilitator) {
		return !debrief.involved().contains(facilitator.staffId());
	}

}
