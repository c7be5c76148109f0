package org.peersupport.outreach.debrief;

import java.time.Instant;

/**
 * What the administrator decided: when, where (a room or a video link, exactly one) and
 * how many facilitators. Validated by the API before it gets here.
 *
 * @param startsAt when it starts
 * @param place a room label, or null
 * @param videoLink an https link, or null
 * @param facilitators one or two
 */
public record DebriefPlan(Instant startsAt, String place, String videoLink, int facilitators) {
}
