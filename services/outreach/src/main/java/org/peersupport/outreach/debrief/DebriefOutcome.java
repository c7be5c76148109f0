package org.peersupport.outreach.debrief;

import java.util.List;

import org.peersupport.contracts.events.NeedCode;

/**
 * What a facilitator records afterwards: held or not, a head count and need codes. There
 * is no field for text, so none can be stored; anyone who wants more has their own case.
 *
 * @param held whether it took place
 * @param attended how many attended (0 when not held)
 * @param needs follow-up needs seen in the group
 */
public record DebriefOutcome(boolean held, int attended, List<NeedCode> needs) {

	public DebriefOutcome {
		needs = List.copyOf(needs);
	}

}
