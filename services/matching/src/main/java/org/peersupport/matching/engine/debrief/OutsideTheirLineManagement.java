package org.peersupport.matching.engine.debrief;

/**
 * Not above anyone involved in the line of supervisors, and not supervised by anyone
 * involved: nobody in the room rates the facilitator or is rated by them, so people can
 * speak freely.
 */
public final class OutsideTheirLineManagement implements FacilitatorRule {

	@Override
	public boolean allows(DebriefToStaff debrief, Facilitator facilitator) {
		String supervisor = facilitator.supporter().work().supervisorId();
		return !debrief.lineManagers().contains(facilitator.staffId())
				&& (supervisor == null || !debrief.involved().contains(supervisor));
	}

}
