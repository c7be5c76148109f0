package org.peersupport.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * An outreach case needs a supporter now.
 *
 * @param caseId the outreach case
 * @param staffId the clinician to reach
 * @param eventIds the events coalesced into the case
 * @param coInvolvedStaffIds everyone else involved in those events, who must not be the
 * supporter
 * @param harm the most severe harm level across the events
 * @param highImpact whether any event is in a high-impact category (death, code,
 * violence), which starts a supporter's cool-down
 * @param facility the facility of the latest event, or null
 * @param unit the unit of the latest event, or null
 * @param firstReceivedAt when intake received the case's first event
 * @param dueAt when the offer is due
 * @param respondBy the end of the case's policy window: offers expire by then at the
 * latest
 * @param source what started the case; INCIDENT for records written before it was carried
 * @param preferences what the clinician chose when they asked for a check-in themselves,
 * or null when they chose nothing (every case no request of theirs joined)
 */
public record OutreachDue(String caseId, String staffId, List<String> eventIds, List<String> coInvolvedStaffIds,
		HarmLevel harm, boolean highImpact, String facility, String unit, Instant firstReceivedAt, Instant dueAt,
		Instant respondBy, CaseSource source, SupportPreferences preferences) {

	public OutreachDue {
		source = CaseSource.orIncident(source);
	}

	/** A case without the clinician's own choices. */
	public OutreachDue(String caseId, String staffId, List<String> eventIds, List<String> coInvolvedStaffIds,
			HarmLevel harm, boolean highImpact, String facility, String unit, Instant firstReceivedAt, Instant dueAt,
			Instant respondBy, CaseSource source) {
		this(caseId, staffId, eventIds, coInvolvedStaffIds, harm, highImpact, facility, unit, firstReceivedAt, dueAt,
				respondBy, source, null);
	}

	/** The clinician's choices, or none. */
	public SupportPreferences preferencesOrNone() {
		return (this.preferences != null) ? this.preferences : SupportPreferences.NONE;
	}

	/** A case started by an incident report. */
	public OutreachDue(String caseId, String staffId, List<String> eventIds, List<String> coInvolvedStaffIds,
			HarmLevel harm, boolean highImpact, String facility, String unit, Instant firstReceivedAt, Instant dueAt,
			Instant respondBy) {
		this(caseId, staffId, eventIds, coInvolvedStaffIds, harm, highImpact, facility, unit, firstReceivedAt, dueAt,
				respondBy, CaseSource.INCIDENT);
	}

}
