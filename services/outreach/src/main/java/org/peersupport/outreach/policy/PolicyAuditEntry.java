package org.peersupport.outreach.policy;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * One change of a policy.
 *
 * @param facility the facility, or null for the default
 * @param version the version the change created
 * @param actor who changed it
 * @param changedAt when
 * @param before the policy before, or null for the first version
 * @param after the policy after
 */
public record PolicyAuditEntry(String facility, int version, String actor, Instant changedAt, JsonNode before,
		JsonNode after) {
}
