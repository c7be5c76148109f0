package org.peersupport.referral.crisis;

import java.time.Instant;

/**
 * One page sent, or tried, to one lead.
 *
 * @param crisisId the crisis
 * @param position the rota position paged
 * @param leadId the lead
 * @param pagerId their pager
 * @param attemptedAt when
 * @param delivered whether the gateway accepted it
 * @param failure why not, or null
 */
public record PageAttempt(String crisisId, int position, String leadId, String pagerId, Instant attemptedAt,
		boolean delivered, String failure) {
}
