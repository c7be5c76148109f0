package org.peersupport.referral.api;

import java.util.List;

import reactor.core.publisher.Mono;

import org.peersupport.contracts.events.ReferralOutcome;
import org.peersupport.referral.referrals.Referral;
import org.peersupport.referral.referrals.ReferralStatus;
import org.peersupport.referral.referrals.Referrals;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A clinician's own referrals and their status changes. Nobody reads or moves another
 * person's referral: a referral is a clinician's name joined to the help they were
 * offered, so it is theirs alone (another's is answered 403 for a named staff id, 404 for
 * a referral id).
 */
@RestController
@RequestMapping("/api/v1/referrals")
class ReferralController {

	private final Referrals referrals;

	ReferralController(Referrals referrals) {
		this.referrals = referrals;
	}

	/**
	 * The caller's referrals: {@code ?due=true} those past their follow-up and not
	 * connected yet, otherwise optionally in one {@code status}. {@code staffId} may be
	 * given, and must then be the caller's own.
	 */
	@GetMapping
	Mono<List<Referral>> referrals(@RequestParam(defaultValue = "false") boolean due,
			@RequestParam(required = false) String status, @RequestParam(required = false) String staffId,
			Actor clinician) {
		ReferralStatus wanted = FieldChecks.optionalEnum("status", status, ReferralStatus.class);
		String staff = (staffId != null) ? FieldChecks.matching("staffId", staffId, FieldChecks.ID,
				"must be an id: letters, digits and . _ : @ -") : clinician.staffId();
		clinician.requireSelf(staff);
		return Blocking.call(() -> this.referrals.of(staff, wanted, due));
	}

	@GetMapping("/{id}")
	Mono<Referral> referral(@PathVariable String id, Actor clinician) {
		return Blocking.call(() -> this.referrals.get(id, clinician.staffId()));
	}

	@PostMapping("/{id}/status")
	Mono<Referral> changeStatus(@PathVariable String id, @RequestBody StatusChange change, Actor clinician) {
		FieldChecks checks = new FieldChecks();
		ReferralStatus next = checks.enumValue("status", change.status(), ReferralStatus.class, true);
		ReferralOutcome outcome = checks.enumValue("outcome", change.outcome(), ReferralOutcome.class, false);
		if (next == ReferralStatus.OFFERED) {
			checks.reject("status", "a referral cannot go back to OFFERED");
		}
		checks.throwIfAny();
		return Blocking.call(() -> this.referrals.changeStatus(id, clinician.staffId(), next, outcome));
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
