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
 * @param requested what the clinician asked for when they requested the check-in
 */
public record CaseToMatch(String caseId, Clinician clinician, Set<String> coInvolved, Set<String> alreadyOffered,
		String facility, boolean highImpact, Requested requested) {

	public CaseToMatch {
		coInvolved = Set.copyOf(coInvolved);
		alreadyOffered = Set.copyOf(alreadyOffered);
		requested = (requested != null) ? requested : Requested.NOTHING;
	}

	/** A case the clinician did not ask for with any choices. */
	public CaseToMatch(String caseId, Clinician clinician, Set<String> coInvolved, Set<String> alreadyOffered,
			String facility, boolean highImpact) {
		this(caseId, clinician, coInvolved, alreadyOffered, facility, highImpact, Requested.NOTHING);
	}

}
