package org.peersupport.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * Matching chose the facilitators of a team debrief (and invited the team), or found
 * nobody eligible (an empty list: the team was not invited).
 *
 * @param debriefId the debrief
 * @param facilitatorIds the chosen facilitators, at most the number wanted
 * @param facilitatorsWanted how many were asked for
 * @param matchedAt when they were chosen
 */
public record DebriefFacilitatorsMatched(String debriefId, List<String> facilitatorIds, int facilitatorsWanted,
		Instant matchedAt) {
}
