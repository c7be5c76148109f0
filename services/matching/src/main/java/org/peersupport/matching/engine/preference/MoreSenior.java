package org.peersupport.matching.engine.preference;

import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.Preference;

/** A more senior supporter counts fully, an equally senior one half. */
public final class MoreSenior implements Preference {

	@Override
	public String name() {
		return "moreSenior";
	}

	@Override
	public double value(CaseToMatch matchCase, Candidate supporter) {
		Integer clinician = matchCase.clinician().work().seniority();
		Integer peer = supporter.work().seniority();
		if (clinician == null || peer == null) {
			return 0;
		}
		return (peer > clinician) ? 1 : (peer.equals(clinician) ? 0.5 : 0);
	}

}
