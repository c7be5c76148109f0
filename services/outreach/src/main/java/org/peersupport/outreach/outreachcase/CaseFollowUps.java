package org.peersupport.outreach.outreachcase;

import java.util.UUID;

/**
 * What closing a case needs to know about its follow-ups. The follow-up feature
 * implements it: follow-ups depend on cases, so cases name what they need here instead of
 * depending on follow-ups.
 */
public interface CaseFollowUps {

	boolean hasPending(UUID caseId);

	/** Whether a follow-up of the case was missed (and escalated). */
	boolean hasMissed(UUID caseId);

	/** Cancels the follow-ups still waiting, in the caller's transaction. */
	void cancelPending(UUID caseId);

}
