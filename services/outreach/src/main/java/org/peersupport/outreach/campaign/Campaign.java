package org.peersupport.outreach.campaign;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A stored campaign.
 *
 * @param id the campaign
 * @param definition what the administrator defined
 * @param document the definition as they sent it (validated: known fields only)
 * @param status where it stands
 * @param nextTickAt when its pace timer fires next, or null when none is pending
 * @param createdBy the administrator who defined it (their token's audit name)
 * @param createdAt when
 * @param updatedAt when it last changed
 */
public record Campaign(UUID id, CampaignDefinition definition, JsonNode document, CampaignStatus status,
		Instant nextTickAt, String createdBy, Instant createdAt, Instant updatedAt) {

	public String facility() {
		return this.definition.facility();
	}

	public CampaignKind kind() {
		return this.definition.kind();
	}

}
