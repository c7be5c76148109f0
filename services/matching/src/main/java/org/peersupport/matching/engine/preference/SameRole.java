package org.peersupport.matching.engine.preference;

import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.Preference;

/** A physician for a physician, a nurse for a nurse. */
public final class SameRole implements Preference {

	@Override
	public String name() {
		return "sameRole";
	}

	@Override
	public double value(CaseToMatch matchCase, Candidate supporter) {
		return Text.same(matchCase.clinician().work().role(), supporter.work().role()) ? 1 : 0;
	}

}
