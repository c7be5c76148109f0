package org.peersupport.outreach.invitation;

import org.peersupport.outreach.clinician.Channel;

/**
 * The wording of an invitation for one facility ({@code null} for the default) and
 * channel. Mustache syntax; the only variables are {@code name}, {@code facility} and
 * {@code programName}, so a template cannot reach clinical details: there are none to
 * reach.
 */
public record InvitationTemplate(String facility, Channel channel, String subject, String body) {
}
