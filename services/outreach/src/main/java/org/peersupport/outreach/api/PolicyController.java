package org.peersupport.outreach.api;

import java.util.List;

import reactor.core.publisher.Mono;

import org.peersupport.outreach.policy.OutreachPolicies;
import org.peersupport.outreach.policy.PolicyAuditEntry;
import org.peersupport.outreach.policy.PolicyVersion;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators read and replace the outreach policy of a facility, or the default (no
 * {@code facility} parameter) that facilities without their own use. An administrator
 * limited to some facilities manages those facilities' policies only: the default applies
 * to every other facility too, so it is for an administrator without a limit.
 */
@RestController
@RequestMapping("/api/v1/policy")
class PolicyController {

	private final OutreachPolicies policies;

	PolicyController(OutreachPolicies policies) {
		this.policies = policies;
	}

	@GetMapping
	Mono<PolicyVersion> current(Actor administrator, @RequestParam(required = false) String facility) {
		String where = AdministratorScope.facility(administrator, facility);
		return Blocking.call(() -> this.policies.current(where));
	}

	@PutMapping
	Mono<PolicyVersion> replace(Actor administrator, @RequestParam(required = false) String facility,
			@RequestBody String body) {
		String where = AdministratorScope.facility(administrator, facility);
		return Blocking.call(() -> this.policies.replace(where, administrator.auditName(), body));
	}

	@GetMapping("/audit")
	Mono<List<PolicyAuditEntry>> audit(Actor administrator, @RequestParam(required = false) String facility) {
		String where = AdministratorScope.facility(administrator, facility);
		return Blocking.call(() -> this.policies.audit(where));
	}

}
