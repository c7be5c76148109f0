package org.peersupport.matching.engine.rule;

import java.time.Duration;
import java.time.Instant;

import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.HardConstraint;

/** A supporter rests for a while after accepting a high-impact case. */
public final class NoCoolDown implements HardConstraint {

	private final Duration coolDown;

	public NoCoolDown(Duration coolDown) {
		this.coolDown = coolDown;
	}

	@Override
	public boolean dependsOnCase() {
		return false;
	}

	@Override
	public boolean allows(CaseToMatch matchCase, Candidate supporter, Instant now) {
		return supporter.workload().lastHighImpactAt() == null
				|| !now.isBefore(supporter.workload().lastHighImpactAt().plus(this.coolDown));
	}

	@Override
	public String refusal() {
		return "They are resting after a high-impact case: their cool-down has not ended yet.";
	}

}
