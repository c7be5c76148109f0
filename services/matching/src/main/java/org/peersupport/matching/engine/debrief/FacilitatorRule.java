package org.peersupport.matching.engine.debrief;

/**
 * One rule a supporter must pass to facilitate a team debrief. Each is a small named
 * class, so the answer can say which rule excluded how many.
 */
public interface FacilitatorRule {

	default String name() {
		return getClass().getSimpleName();
	}

	boolean allows(DebriefToStaff debrief, Facilitator facilitator);

}
