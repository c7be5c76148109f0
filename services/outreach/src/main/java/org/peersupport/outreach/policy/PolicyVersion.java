package org.peersupport.outreach.policy;

import java.time.Instant;

/**
 * The policy in force for a facility.
 *
 * @param facility the facility asked about, or null for the default
 * @param version the version in force (0 is the built-in default)
 * @param inherited whether the facility has no policy of its own and uses the default
 * @param changedBy who last changed it
 * @param changedAt when
 * @param policy the policy document
 */
public record PolicyVersion(String facility, int version, boolean inherited, String changedBy, Instant changedAt,
		PolicyDocument policy) {
}
