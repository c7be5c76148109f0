package org.peersupport.outreach.invitation;

import org.peersupport.outreach.clinician.Channel;

/** An invitation rendered for one case. */
public record Invitation(String caseId, Channel channel, String subject, String body) {
}
