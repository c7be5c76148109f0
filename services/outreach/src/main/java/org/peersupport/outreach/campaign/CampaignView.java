package org.peersupport.outreach.campaign;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A campaign as administrators see it: its definition, where it stands and its progress.
 *
 * @param id the campaign
 * @param status where it stands
 * @param name its name
 * @param kind which built-in campaign it is
 * @param facility its facility, or null for the whole program
 * @param definition the definition as it was sent
 * @param nextTickAt when it next opens cases, or null
 * @param createdBy who defined it
 * @param createdAt when
 * @param progress the counts
 */
public record CampaignView(UUID id, String name, CampaignKind kind, String facility, CampaignStatus status,
		JsonNode definition, Instant nextTickAt, String createdBy, Instant createdAt, CampaignProgress progress) {
}
