package org.peersupport.contracts.events;

import java.time.Instant;

/**
 * A later step for an incident already reported; outreach schedules a follow-up before
 * it. It carries the platform's event id only: no narrative, no patient data.
 *
 * @param milestoneId the milestone
 * @param eventId the platform's id of the adverse event
 * @param kind what happens
 * @param scheduledFor when it happens (or happened)
 * @param receivedAt when intake accepted it
 */
public record IncidentMilestone(String milestoneId, String eventId, MilestoneKind kind, Instant scheduledFor,
		Instant receivedAt) {
}
