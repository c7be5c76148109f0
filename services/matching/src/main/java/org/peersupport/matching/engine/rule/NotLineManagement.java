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

	@Override
	public String refusal() {
		return "They are in the clinician's line of management: the clinician's supervisor, or someone the clinician supervises.";
	}

	/**
	 * Never overridden by hand. A peer never rates, or is rated by, the colleague they
	 * support: what is said in a check-in must be safe from appraisal, so a supervisor or
	 * a direct report is never the supporter.
	 */
	@Override
	public boolean overridable() {
		return false;
	}

}
