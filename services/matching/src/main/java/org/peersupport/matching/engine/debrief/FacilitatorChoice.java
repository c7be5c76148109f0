package org.peersupport.matching.engine.debrief;

import java.util.List;
import java.util.Map;

/**
 * The facilitators chosen for a debrief, and how many supporters each rule excluded.
 *
 * @param chosen at most the number wanted, least loaded first
 * @param excludedBy per rule, the supporters it excluded (each counted by its first
 * failing rule)
 */
public record FacilitatorChoice(List<String> chosen, Map<String, Integer> excludedBy) {

	public FacilitatorChoice {
		chosen = List.copyOf(chosen);
		excludedBy = Map.copyOf(excludedBy);
	}

}
