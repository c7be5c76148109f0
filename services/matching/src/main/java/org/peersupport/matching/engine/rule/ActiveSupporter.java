package org.peersupport.matching.engine.rule;

import java.time.Instant;

import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.HardConstraint;

/** Not paused by themselves and not made inactive. */
public final class ActiveSupporter implements HardConstraint {

	@Override
	public boolean dependsOnCase() {
		return false;
	}

	@Override
	public boolean allows(CaseToMatch matchCase, Candidate supporter, Instant now) {
		return !supporter.readiness().paused();
	}

	@Override
	public String refusal() {
		return "They are paused: they asked for no offers for now, or were made inactive.";
	}

}
