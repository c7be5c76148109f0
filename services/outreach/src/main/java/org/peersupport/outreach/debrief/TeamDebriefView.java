package org.peersupport.outreach.debrief;

import java.time.Instant;
import java.util.List;

import org.peersupport.contracts.events.NeedCode;

/**
 * A team debrief as the administrator and its facilitators see it: ids, a time, a place,
 * counts and codes. It names no one involved.
 */
public record TeamDebriefView(String debriefId, String caseId, String facility, int involved, DebriefStatus status,
		Instant proposedAt, Instant startsAt, String place, String videoLink, Integer facilitatorsWanted,
		List<String> facilitators, Outcome outcome) {

	/** What a facilitator recorded, or null before. */
	public record Outcome(boolean held, int attended, List<NeedCode> needs, Instant recordedAt) {
	}

	static TeamDebriefView of(TeamDebrief debrief) {
		Outcome outcome = (debrief.recordedAt() == null) ? null : new Outcome(Boolean.TRUE.equals(debrief.held()),
				(debrief.attended() != null) ? debrief.attended() : 0, debrief.needCodes(), debrief.recordedAt());
		return new TeamDebriefView(debrief.debriefId().toString(), debrief.caseId().toString(), debrief.facility(),
				debrief.involved(), debrief.status(), debrief.proposedAt(), debrief.startsAt(), debrief.place(),
				debrief.videoLink(), debrief.facilitatorsWanted(), debrief.facilitatorIds(), outcome);
	}

}
