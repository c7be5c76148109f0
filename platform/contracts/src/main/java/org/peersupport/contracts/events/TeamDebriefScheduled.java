package org.peersupport.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * The program administrator scheduled a team debrief: matching finds its facilitators and
 * invites the team. It carries ids, a time and a place, nothing about the event that led
 * to it.
 *
 * @param debriefId the debrief
 * @param facility the facility, or null
 * @param startsAt when it starts
 * @param place a room label, or null when it is held by video
 * @param videoLink an https link, or null when it is held in a room
 * @param facilitatorsWanted one or two facilitators
 * @param involved everyone involved in the event, invited or not: none of them may
 * facilitate
 * @param invitees everyone involved who is invited (nobody who opted out)
 * @param scheduledAt when it was scheduled
 * @param proposedAt when the debrief was proposed (as the event's report reached
 * outreach), so the time from event to debrief can be measured without the event
 */
public record TeamDebriefScheduled(String debriefId, String facility, Instant startsAt, String place, String videoLink,
		int facilitatorsWanted, List<String> involved, List<DebriefInvitee> invitees, Instant scheduledAt,
		Instant proposedAt) {
}
