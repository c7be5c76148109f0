package org.peersupport.outreach.debrief;

import java.time.Instant;

/**
 * A team debrief as its facilitator sees it: the id to record the outcome under, when and
 * where. No case, no count of who was involved, no names.
 */
public record FacilitatedDebrief(String debriefId, DebriefStatus status, Instant startsAt, String place,
		String videoLink) {

	static FacilitatedDebrief of(TeamDebrief debrief) {
		return new FacilitatedDebrief(debrief.debriefId().toString(), debrief.status(), debrief.startsAt(),
				debrief.place(), debrief.videoLink());
	}

}
