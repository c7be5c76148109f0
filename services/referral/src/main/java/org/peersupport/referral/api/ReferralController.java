package org.peersupport.referral.api;

import java.util.List;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.peersupport.contracts.events.ReferralOutcome;
import org.peersupport.referral.referrals.Referral;
import org.peersupport.referral.referrals.ReferralStatus;
import org.peersupport.referral.referrals.Referrals;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldReader;

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
		FieldReader query = FieldReader.parameters();
		ReferralStatus wanted = query.parameter("status", status).choice(ReferralStatus.class).optional();
		String named = (staffId != null) ? ReferralFields.id(query.parameter("staffId", staffId)).required() : null;
		query.check();
		String staff = (named != null) ? named : clinician.staffId();
		clinician.requireSelf(staff);
		return Blocking.call(() -> this.referrals.of(staff, wanted, due));
	}

	@GetMapping("/{id}")
	Mono<Referral> referral(@PathVariable String id, Actor clinician) {
		return Blocking.call(() -> this.referrals.get(id, clinician.staffId()));
	}

	/**
	 * A status change: {@code status} ACCEPTED, CONNECTED or CLOSED, and when closing,
	 * optionally, the {@code outcome} CONNECTED, NOT_CONNECTED or DECLINED.
	 */
	@PostMapping("/{id}/status")
	Mono<Referral> changeStatus(@PathVariable String id, @RequestBody JsonNode body, Actor clinician) {
		FieldReader in = FieldReader.ofObject(body);
		ReferralStatus next = in.field("status")
			.choice(ReferralStatus.class)
			.must((status) -> status != ReferralStatus.OFFERED, "a referral cannot go back to OFFERED")
			.required();
		ReferralOutcome outcome = in.field("outcome").choice(ReferralOutcome.class).optional();
		in.check();
		return Blocking.call(() -> this.referrals.changeStatus(id, clinician.staffId(), next, outcome));
	}

}
