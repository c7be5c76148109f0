package org.peersupport.outreach.console.policy;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.peersupport.console.ConsolePages;
import org.peersupport.console.ConsoleSection;
import org.peersupport.console.ConsoleTemplates;
import org.peersupport.outreach.policy.OutreachPolicies;
import org.peersupport.outreach.policy.OutreachPolicy;
import org.peersupport.outreach.policy.PolicyAuditEntry;
import org.peersupport.outreach.policy.PolicyReader;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

/**
 * The policy's versions, newest first, each with who saved it, when, and what it changed
 * from the version before, from the policy's own audit trail.
 */
@Controller
class ConsolePolicyHistoryController {

	private final OutreachPolicies policies;

	private final ConsoleFacilities facilities;

	private final ConsolePages pages;

	private final ActorNames names;

	ConsolePolicyHistoryController(OutreachPolicies policies, ConsoleFacilities facilities, ConsolePages pages,
			ActorNames names) {
		this.policies = policies;
		this.facilities = facilities;
		this.pages = pages;
		this.names = names;
	}

	@GetMapping(ConsolePolicyController.PATH + "/history")
	Mono<ResponseEntity<String>> history(Actor administrator, ServerWebExchange exchange,
			@RequestParam(required = false) String facility, @RequestParam(required = false) String other) {
		String where = this.facilities.chosen(administrator, facility, other);
		return Blocking.call(() -> {
			Map<String, Object> model = new HashMap<>();
			ZoneId zone = this.policies.forFacility(where).contact().zone();
			List<Map<String, Object>> versions = new ArrayList<>();
			for (PolicyAuditEntry entry : this.policies.audit(where)) {
				versions.add(0, version(entry, zone));
			}
			model.put("versions", versions);
			model.put("none", versions.isEmpty());
			model.put("facilityName", ConsoleFacilities.name(where));
			model.put("choices", this.facilities.choices(administrator, where));
			model.put("unlimited", ConsoleFacilities.unlimited(administrator));
			model.put("policyHref", ConsolePolicyController.address(ConsolePolicyController.PATH, where));
			return model;
		})
			.flatMap((model) -> this.pages.page(exchange, ConsoleSection.POLICY, HttpStatus.OK,
					"Outreach policy: history of changes", ConsoleTemplates.body("policy/history"), model));
	}

	private Map<String, Object> version(PolicyAuditEntry entry, ZoneId zone) {
		Map<String, Object> model = new HashMap<>();
		model.put("version", entry.version());
		model.put("actor", this.names.of(entry.actor()));
		model.put("at", PlainWords.dateTime(entry.changedAt(), zone));
		OutreachPolicy after = policy(entry.after());
		OutreachPolicy before = (entry.before() != null) ? policy(entry.before()) : null;
		boolean readable = after != null && (entry.before() == null || before != null);
		List<PolicyDiff.Change> changes = readable ? PolicyDiff.between(before, after) : List.of();
		model.put("first", entry.before() == null);
		model.put("changes", changes);
		model.put("hasChanges", !changes.isEmpty());
		model.put("unchanged", readable && changes.isEmpty());
		model.put("unreadable", !readable);
		return model;
	}

	/**
	 * A stored version read by today's rules; null when they refuse it (it was saved
	 * under older ones), so the page says so rather than guessing.
	 */
	private static OutreachPolicy policy(JsonNode document) {
		try {
			return PolicyReader.read(document.toString()).policy();
		}
		catch (InvalidInputException ex) {
			return null;
		}
	}

}
