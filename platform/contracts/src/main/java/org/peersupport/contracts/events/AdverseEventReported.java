package org.peersupport.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * The minimized adverse event: only what outreach needs. It never carries a patient
 * identifier, the narrative, or the reporting system's own report id.
 *
 * @param eventId the platform's id for the event
 * @param occurredAt when the event happened
 * @param reportedAt when the reporter filed it, if the reporting system said so
 * @param receivedAt when intake accepted it
 * @param harm the AHRQ harm level
 * @param actuality actual or near miss
 * @param category the event category, or null when unknown
 * @param facility the facility code, or null
 * @param unit the unit code, or null
 * @param involved the staff involved
 */
public record AdverseEventReported(String eventId, Instant occurredAt, Instant reportedAt, Instant receivedAt,
		HarmLevel harm, Actuality actuality, EventCategory category, String facility, String unit,
		List<InvolvedClinician> involved) {
}
