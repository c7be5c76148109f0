package org.peersupport.matching.engine.preference;

import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.Preference;

/**
 * Spreads the work: half for free capacity (relative to the supporter's own maximum),
 * half for few recent cases, so the same willing few are not asked every time.
 */
public final class FairLoad implements Preference {

	@Override
	public String name() {
		return "fairness";
	}

	@Override
	public double value(CaseToMatch matchCase, Candidate supporter) {
		double free = (supporter.workload().maxActive() > 0)
				? (double) supporter.freeSlots() / supporter.workload().maxActive() : 0;
		double rested = 1.0 / (1 + supporter.workload().recentCases());
		return 0.5 * free + 0.5 * rested;
	}

}
