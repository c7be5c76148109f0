package org.peersupport.contracts.events;

/**
 * Someone invited to a team debrief, and how they prefer to be reached.
 *
 * @param staffId the person invited
 * @param channel their preferred channel: {@code EMAIL}, {@code SMS} or {@code PHONE}
 */
public record DebriefInvitee(String staffId, String channel) {
}
