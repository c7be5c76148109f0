package org.peersupport.outreach.api;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.peersupport.outreach.campaign.CampaignDefinition;
import org.peersupport.outreach.campaign.CampaignReader;
import org.peersupport.outreach.campaign.CampaignView;
import org.peersupport.outreach.campaign.Campaigns;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldReader;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Program administrators define campaigns (routine check-ins for a cohort at a known
 * stress point), list them with their progress, and pause and resume them. A campaign of
 * a facility is its administrators'; one for the whole program (no facility) is for an
 * administrator without a facility limit, as the default policy is.
 */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignController {

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final String NOT_AN_ID = "must be a campaign id (a UUID)";

	private final Campaigns campaigns;

	CampaignController(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<CampaignView> define(Actor administrator, @RequestBody JsonNode body) {
		CampaignDefinition definition = CampaignReader.read(body);
		AdministratorScope.facility(administrator, definition.facility());
		return Blocking.call(() -> this.campaigns.define(body, definition, administrator.auditName()));
	}

	@GetMapping
	Mono<List<CampaignView>> list(Actor administrator) {
		var covered = AdministratorScope.facilities(administrator);
		return Blocking.call(() -> this.campaigns.list(covered));
	}

	@GetMapping("/{campaignId}")
	Mono<CampaignView> get(Actor administrator, @PathVariable String campaignId) {
		UUID id = id(campaignId);
		var covered = AdministratorScope.facilities(administrator);
		return Blocking.call(() -> this.campaigns.get(id, covered));
	}

	@PostMapping("/{campaignId}/pause")
	Mono<CampaignView> pause(Actor administrator, @PathVariable String campaignId) {
		UUID id = id(campaignId);
		var covered = AdministratorScope.facilities(administrator);
		return Blocking.call(() -> this.campaigns.pause(id, covered));
	}

	@PostMapping("/{campaignId}/resume")
	Mono<CampaignView> resume(Actor administrator, @PathVariable String campaignId) {
		UUID id = id(campaignId);
		var covered = AdministratorScope.facilities(administrator);
		return Blocking.call(() -> this.campaigns.resume(id, covered));
	}

	private static UUID id(String campaignId) {
		FieldReader path = FieldReader.parameters();
		String text = path.parameter("campaignId", campaignId).text(36).matching(UUID_TEXT, NOT_AN_ID).required();
		path.check();
		return UUID.fromString(text);
	}

}
