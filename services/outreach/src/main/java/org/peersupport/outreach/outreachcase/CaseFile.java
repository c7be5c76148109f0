package org.peersupport.outreach.outreachcase;

import java.time.Instant;
import java.util.List;

import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.InvolvementRole;
import org.peersupport.outreach.escalation.EscalationEntry;

/**
 * A case as the administrator's console shows it: the API's view of it, and what its page
 * says about it (where, how severe, its history). Ids, times and codes only: outreach
 * never has the event's narrative.
 *
 * @param view the case as the API shows administrators
 * @param facility the facility, or null
 * @param harm the worst harm its events reported
 * @param openedAt when it opened
 * @param closedAt when it closed, or null
 * @param waitingSince when it came onto the worklist: its oldest open escalation, or its
 * last change when none is open
 * @param escalations every escalation, resolved ones too, oldest first
 * @param events the events coalesced into it, oldest first
 * @param actions what administrators did to it by hand, oldest first
 */
public record CaseFile(OutreachCaseView view, String facility, HarmLevel harm, Instant openedAt, Instant closedAt,
		Instant waitingSince, List<EscalationEntry> escalations, List<EventEntry> events,
		List<CaseActionEntry> actions) {

	/**
	 * An event of the case.
	 *
	 * @param role the clinician's part in it
	 * @param othersInvolved how many others were involved
	 * @param addedAt when it joined the case
	 */
	public record EventEntry(InvolvementRole role, int othersInvolved, Instant addedAt) {
	}

}
