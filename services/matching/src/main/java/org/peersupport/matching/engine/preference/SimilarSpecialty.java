package org.peersupport.matching.engine.preference;

import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.Preference;

/**
 * The same specialty counts fully; a specialty that shares the first word (such as
 * "Emergency Medicine" and "Emergency Nursing") counts half.
 */
public final class SimilarSpecialty implements Preference {

	@Override
	public String name() {
		return "similarSpecialty";
	}

	@Override
	public double value(CaseToMatch matchCase, Candidate supporter) {
		String wanted = matchCase.clinician().work().specialty();
		String offered = supporter.work().specialty();
		if (Text.same(wanted, offered)) {
			return 1;
		}
		return Text.same(Text.firstWord(wanted), Text.firstWord(offered)) ? 0.5 : 0;
	}

}
