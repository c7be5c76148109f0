package org.peersupport.matching.engine.preference;

import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.Preference;

/**
 * The share of the identity preferences the clinician chose to state that the supporter
 * also chose to share. Nothing is inferred: only stated tags count.
 */
public final class IdentityMatch implements Preference {

	@Override
	public String name() {
		return "identity";
	}

	@Override
	public double value(CaseToMatch matchCase, Candidate supporter) {
		var wanted = matchCase.clinician().identityPreferences();
		if (wanted.isEmpty()) {
			return 0;
		}
		long met = wanted.stream().filter(supporter.identityTags()::contains).count();
		return (double) met / wanted.size();
	}

}
