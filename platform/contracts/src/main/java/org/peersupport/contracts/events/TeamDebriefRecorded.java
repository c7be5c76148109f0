package org.peersupport.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * A facilitator recorded what became of a team debrief: codes and a count, no text and no
 * names.
 *
 * @param debriefId the debrief
 * @param facility the facility, or null
 * @param held whether it took place
 * @param attended how many people attended (0 when it was not held)
 * @param needs follow-up needs the facilitator saw in the group
 * @param recordedAt when it was recorded
 */
public record TeamDebriefRecorded(String debriefId, String facility, boolean held, int attended, List<NeedCode> needs,
		Instant recordedAt) {
}
