package org.peersupport.referral.api;

import java.util.List;

import reactor.core.publisher.Mono;

import org.peersupport.contracts.events.ReferralOutcome;
import org.peersupport.referral.referrals.Referral;
import org.peersupport.referral.referrals.ReferralStatus;
import org.peersupport.referral.referrals.Referrals;
import org.peersupport.web.Blocking;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Referrals, their follow-up worklist and their status changes. */
@RestController
@RequestMapping("/api/v1/referrals")
class ReferralController {

	private final Referrals referrals;

	ReferralController(Referrals referrals) {
		this.referrals = referrals;
	}

	/**
	 * {@code ?due=true} is the follow-up worklist; otherwise filter by {@code status} and
	 * {@code staffId}, and with neither get every open referral.
	 */
	@GetMapping
	Mono<List<Referral>> referrals(@RequestParam(defaultValue = "false") boolean due,
			@RequestParam(required = false) String status, @RequestParam(required = false) String staffId) {
		ReferralStatus wanted = FieldChecks.optionalEnum("status", status, ReferralStatus.class);
		String staff = (staffId != null) ? FieldChecks.matching("staffId", staffId, FieldChecks.ID,
				"must be an id: letters, digits and . _ : @ -") : null;
		return Blocking.call(() -> due ? this.referrals.due() : this.referrals.find(wanted, staff));
	}

	@GetMapping("/{id}")
	Mono<Referral> referral(@PathVariable String id) {
		return Blocking.call(() -> this.referrals.get(id));
	}

	@PostMapping("/{id}/status")
	Mono<Referral> changeStatus(@PathVariable String id, @RequestBody StatusChange change) {
		FieldChecks checks = new FieldChecks();
		ReferralStatus next = checks.enumValue("status", change.status(), ReferralStatus.class, true);
		ReferralOutcome outcome = checks.enumValue("outcome", change.outcome(), ReferralOutcome.class, false);
		if (next == ReferralStatus.OFFERED) {
			checks.reject("status", "a referral cannot go back to OFFERED");
		}
		checks.throwIfAny();
		return Blocking.call(() -> this.referrals.changeStatus(id, next, outcome));
	}

	/**
	 * A status change.
	 *
	 * @param status ACCEPTED, CONNECTED or CLOSED
	 * @param outcome when closing: CONNECTED, NOT_CONNECTED or DECLINED; optional
	 */
	record StatusChange(String status, String outcome) {
	}

}
