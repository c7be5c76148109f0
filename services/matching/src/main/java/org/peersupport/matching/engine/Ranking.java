package org.peersupport.matching.engine;

import java.util.List;
import java.util.Map;

/**
 * The supporters for one case: the eligible ones, best first, and how many each rule
 * turned away.
 *
 * @param matchCase the case
 * @param eligible eligible supporters, best score first (ties by staff id)
 * @param considered how many supporters were looked at
 * @param excludedBy rule name to the number of supporters it turned away (the first rule
 * each failed)
 */
public record Ranking(CaseToMatch matchCase, List<Scored> eligible, int considered, Map<String, Integer> excludedBy) {

	public Ranking {
		eligible = List.copyOf(eligible);
		excludedBy = Map.copyOf(excludedBy);
	}

	/** 1 for the best eligible supporter, 0 when the supporter is not eligible. */
	public int rankOf(String staffId) {
		for (int i = 0; i < this.eligible.size(); i++) {
			if (this.eligible.get(i).staffId().equals(staffId)) {
				return i + 1;
			}
		}
		return 0;
	}

}
