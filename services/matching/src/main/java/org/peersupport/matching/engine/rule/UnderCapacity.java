package org.peersupport.matching.engine.rule;

import java.time.Instant;

import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.HardConstraint;

/** Open offers plus accepted cases stay under the supporter's own maximum. */
public final class UnderCapacity implements HardConstraint {

	@Override
	public boolean dependsOnCase() {
		return false;
	}

	@Override
	public boolean allows(CaseToMatch matchCase, Candidate supporter, Instant now) {
		return supporter.freeSlots() > 0;
	}

	@Override
	public String refusal() {
		return "They are at capacity: they already carry as many offers and cases as they agreed to take.";
	}

}
