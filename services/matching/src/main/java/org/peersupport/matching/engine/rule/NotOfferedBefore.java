package org.peersupport.matching.engine.rule;

import java.time.Instant;

import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.HardConstraint;

/** A supporter is never offered the same case twice, whatever they answered. */
public final class NotOfferedBefore implements HardConstraint {

	@Override
	public boolean allows(CaseToMatch matchCase, Candidate supporter, Instant now) {
		return !matchCase.alreadyOffered().contains(supporter.staffId());
	}

	@Override
	public String refusal() {
		return "This case was offered to them before (they declined it, or did not answer in time).";
	}

}
