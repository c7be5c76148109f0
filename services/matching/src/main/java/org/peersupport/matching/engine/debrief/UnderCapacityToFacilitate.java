package org.peersupport.matching.engine.debrief;

/** Room for one more: offers, cases and debriefs they hold stay under their maximum. */
public final class UnderCapacityToFacilitate implements FacilitatorRule {

	@Override
	public boolean allows(DebriefToStaff debrief, Facilitator facilitator) {
		return facilitator.supporter().freeSlots() > 0;
	}

}
