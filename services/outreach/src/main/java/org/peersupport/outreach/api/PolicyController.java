package org.peersupport.outreach.api;

import java.util.List;

import reactor.core.publisher.Mono;

import org.peersupport.outreach.policy.OutreachPolicies;
import org.peersupport.outreach.policy.PolicyAuditEntry;
import org.peersupport.outreach.policy.PolicyVersion;
import org.peersupport.web.Blocking;
import org.peersupport.web.InvalidInputException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators read and replace the outreach policy of a facility, or the default (no
 * {@code facility} parameter) that facilities without their own use.
 */
@RestController
@RequestMapping("/api/v1/policy")
class PolicyController {

	private final OutreachPolicies policies;

	PolicyController(OutreachPolicies policies) {
		this.policies = policies;
	}

	@GetMapping
	Mono<PolicyVersion> current(@RequestParam(required = false) String facility) {
		return Blocking.call(() -> this.policies.current(checked(facility)));
	}

	@PutMapping
	Mono<PolicyVersion> replace(@RequestParam(required = false) String facility,
			@RequestHeader(name = Actors.HEADER, required = false) String actor, @RequestBody String body) {
		String who = Actors.required(actor);
		String where = checked(facility);
		return Blocking.call(() -> this.policies.replace(where, who, body));
	}

	@GetMapping("/audit")
	Mono<List<PolicyAuditEntry>> audit(@RequestParam(required = false) String facility) {
		return Blocking.call(() -> this.policies.audit(checked(facility)));
	}

	private static String checked(String facility) {
		if (facility != null && facility.length() > 100) {
			throw new InvalidInputException("facility", "must be at most 100 characters");
		}
		return facility;
	}

}
