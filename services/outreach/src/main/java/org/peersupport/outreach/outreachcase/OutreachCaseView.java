package org.peersupport.outreach.outreachcase;

import java.time.Instant;
import java.util.List;

import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.CloseReason;

/**
 * A case as the API shows it.
 *
 * @param id the case
 * @param staffId the clinician
 * @param status where it stands
 * @param eventIds the events coalesced into it
 * @param dueAt when the offer is (was) due
 * @param windowEndsAt the latest time by which a supporter must have accepted
 * @param offeredAt when a supporter was first offered it, or null
 * @param supporterId the supporter offered or assigned, or null
 * @param attentionReason the latest reason it needed attention, or null
 * @param escalations every unresolved escalation reason, oldest first
 * @param closeReason why it closed, or null
 * @param source what started it (the program's view only: a clinician's own view never
 * shows it)
 */
public record OutreachCaseView(String id, String staffId, CaseStatus status, List<String> eventIds, Instant dueAt,
		Instant windowEndsAt, Instant offeredAt, String supporterId, String attentionReason, List<String> escalations,
		CloseReason closeReason, CaseSource source) {
}
