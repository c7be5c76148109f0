package org.peersupport.matching.engine.rule;

import java.time.Instant;

import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.HardConstraint;

/**
 * Not the clinician's supervisor and not their direct report: a peer is never someone who
 * rates them or whom they rate.
 */
public final class NotLineManagement implements HardConstraint {

	@Override
	public boolean allows(CaseToMatch matchCase, Candidate supporter, Instant now) {
		String clinician = matchCase.clinician().staffId();
		return !supporter.staffId().equals(matchCase.clinician().work().supervisorId())
				&& !clinician.equals(supporter.work().supervisorId());
	}

}
