package org.peersupport.referral.referrals;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When to check whether a referral connected ({@code peersupport.referral.follow-up.*}).
 *
 * @param after from the referral to its follow-up: an unconnected referral then goes on
 * the worklist
 * @param closeAfter from the referral to its final deadline: still unconnected, it closes
 * as {@code NOT_CONNECTED}
 */
@ConfigurationProperties("peersupport.referral.follow-up")
public record FollowUpSettings(@DefaultValue("7d") Duration after, @DefaultValue("21d") Duration closeAfter) {

	public FollowUpSettings {
		if (closeAfter.compareTo(after) < 0) {
			throw new IllegalArgumentException("peersupport.referral.follow-up.close-after (" + closeAfter
					+ ") must not come before peersupport.referral.follow-up.after (" + after + ")");
		}
	}

}
