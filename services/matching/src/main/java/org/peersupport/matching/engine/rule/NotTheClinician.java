package org.peersupport.matching.engine.rule;

import java.time.Instant;

import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.HardConstraint;

/** Nobody supports themselves. */
public final class NotTheClinician implements HardConstraint {

	@Override
	public boolean allows(CaseToMatch matchCase, Candidate supporter, Instant now) {
		return !supporter.staffId().equals(matchCase.clinician().staffId());
	}

	@Override
	public String refusal() {
		return "They are the clinician who needs the support.";
	}

	/** Never overridden by hand. Nobody can be their own peer supporter. */
	@Override
	public boolean overridable() {
		return false;
	}

}
