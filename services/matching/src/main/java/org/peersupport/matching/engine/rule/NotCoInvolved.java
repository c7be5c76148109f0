package org.peersupport.matching.engine.rule;

import java.time.Instant;

import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.HardConstraint;

/** Not involved in the same event: they may need support themselves. */
public final class NotCoInvolved implements HardConstraint {

	@Override
	public boolean allows(CaseToMatch matchCase, Candidate supporter, Instant now) {
		return !matchCase.coInvolved().contains(supporter.staffId());
	}

	@Override
	public String refusal() {
		return "They were involved in the same event, and may need support themselves.";
	}

	/**
	 * Never overridden by hand. Someone involved in the same event may need support
	 * themselves, and may be asked about the event in its review: they are never the peer
	 * supporter of a colleague from it.
	 */
	@Override
	public boolean overridable() {
		return false;
	}

}
