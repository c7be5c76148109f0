package org.peersupport.outreach.outreachcase;

import java.time.Instant;
import java.util.List;

/**
 * A case as the API shows it.
 *
 * @param id the case
 * @param staffId the clinician
 * @param status where it stands
 * @param eventIds the events coalesced into it
 * @param dueAt when the offer is due
 * @param offeredAt when a supporter was first offered it, or null
 * @param supporterId the supporter offered or assigned, or null
 * @param attentionReason why it needs attention, or null
 */
public record OutreachCaseView(String id, String staffId, CaseStatus status, List<String> eventIds, Instant dueAt,
		Instant offeredAt, String supporterId, String attentionReason) {
}
