package org.peersupport.outreach.invitation;

import java.util.Optional;
import java.util.UUID;

import org.peersupport.outreach.clinician.Channel;

/**
 * Wording for a case that something other than an incident started, such as a campaign's:
 * the facility's templates say "after events like the one you were part of", which would
 * be wrong for a check-in that no event started. Templates found here are validated like
 * every other, so they reach the same three variables only.
 */
public interface CaseWording {

	/** The case's own wording, or empty to use the facility's templates. */
	Optional<InvitationTemplate> forCase(UUID caseId, Channel channel);

}
