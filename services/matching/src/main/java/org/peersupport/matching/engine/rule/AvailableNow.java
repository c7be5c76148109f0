package org.peersupport.matching.engine.rule;

import java.time.Instant;

import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.HardConstraint;

/**
 * Inside one of the supporter's weekly windows or on-call slots. A supporter who declared
 * nothing is available unless the program requires availability: a roster imported
 * without availability must not silently stop all matching.
 */
public final class AvailableNow implements HardConstraint {

	private final boolean required;

	public AvailableNow(boolean required) {
		this.required = required;
	}

	@Override
	public boolean dependsOnCase() {
		return false;
	}

	@Override
	public boolean allows(CaseToMatch matchCase, Candidate supporter, Instant now) {
		if (!supporter.availability().declared()) {
			return !this.required;
		}
		return supporter.availability().covers(now);
	}

	@Override
	public String refusal() {
		return "They are not available now: it is outside their weekly times and on-call slots.";
	}

}
