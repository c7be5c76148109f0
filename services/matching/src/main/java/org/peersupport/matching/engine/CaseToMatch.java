package org.peersupport.matching.engine;

import java.util.Set;

/**
 * One case that needs a supporter.
 *
 * @param caseId the outreach case
 * @param clinician the clinician to support
 * @param coInvolved everyone else involved in the case's events
 * @param alreadyOffered supporters this case was offered to before
 * @param facility the facility, which decides the department rule
 * @param highImpact whether the case starts a cool-down for whoever takes it
 */
public record CaseToMatch(String caseId, Clinician clinician, Set<String> coInvolved, Set<String> alreadyOffered,
		String facility, boolean highImpact) {

	public CaseToMatch {
		coInvolved = Set.copyOf(coInvolved);
		alreadyOffered = Set.copyOf(alreadyOffered);
	}

}
