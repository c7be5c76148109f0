package org.peersupport.matching.engine.preference;

import java.util.Collections;

import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.Preference;

/** The supporter speaks at least one of the clinician's languages. */
public final class SharedLanguage implements Preference {

	@Override
	public String name() {
		return "sharedLanguage";
	}

	@Override
	public double value(CaseToMatch matchCase, Candidate supporter) {
		return Collections.disjoint(matchCase.clinician().languages(), supporter.languages()) ? 0 : 1;
	}

}
