package org.peersupport.matching.checkin;

import java.time.Instant;
import java.util.UUID;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A follow-up check-in that outreach said is due for a case. Only these ids may be named
 * by a check-in, so the follow-up field can never carry anything but a known id.
 *
 * @param followUpId the follow-up
 * @param caseId the case
 * @param dueAt when it is due
 * @param respondBy when it counts as missed
 */
@MappedEntity("follow_up")
public record FollowUp(@Id String followUpId, UUID caseId, Instant dueAt, Instant respondBy) {
}
