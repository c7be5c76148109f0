package org.peersupport.matching.engine.debrief;

import java.time.LocalDate;
import java.util.Set;

/**
 * A team debrief that needs facilitators.
 *
 * @param debriefId the debrief
 * @param involved everyone involved in the event (invited or not)
 * @param lineManagers everyone above someone involved in the line of supervisors
 * @param heldOn the day it is held (training must be current then)
 * @param wanted one or two facilitators
 */
public record DebriefToStaff(String debriefId, Set<String> involved, Set<String> lineManagers, LocalDate heldOn,
		int wanted) {

	public DebriefToStaff {
		involved = Set.copyOf(involved);
		lineManagers = Set.copyOf(lineManagers);
	}

}
