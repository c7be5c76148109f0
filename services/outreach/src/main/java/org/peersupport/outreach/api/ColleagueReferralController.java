package org.peersupport.outreach.api;

import java.util.List;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.peersupport.outreach.colleague.ColleagueReferral;
import org.peersupport.outreach.colleague.ColleagueReferrals;
import org.peersupport.outreach.colleague.Colleagues;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldReader;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A word about a colleague, from any member of staff, and the directory to pick them
 * from. The referrer is thanked and told nothing else, ever: not whether the colleague
 * was reached, opted out or already had a case.
 */
@RestController
class ColleagueReferralController {

	static final List<String> FIELDS = List.of("staffId", "named");

	static final String NOT_ASKED = "is not a field of a referral: no details about the colleague are asked for";

	private final ColleagueReferrals referrals;

	private final Colleagues colleagues;

	ColleagueReferralController(ColleagueReferrals referrals, Colleagues colleagues) {
		this.referrals = referrals;
		this.colleagues = colleagues;
	}

	@PostMapping("/api/v1/colleague-referrals")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<Thanks> refer(Actor referrer, @RequestBody JsonNode body) {
		ColleagueReferral referral = read(FieldReader.ofObject(body), StaffOnly.staffId(referrer));
		return Blocking.call(() -> {
			this.referrals.refer(referral);
			return Thanks.ALWAYS;
		});
	}

	/**
	 * Colleagues whose name contains {@code name} (at least 2 characters), at most 20.
	 */
	@GetMapping("/api/v1/colleagues")
	Mono<List<Colleagues.Colleague>> named(Actor referrer, @RequestParam(required = false) String name) {
		StaffOnly.staffId(referrer);
		String text = nameQuery(name);
		return Blocking.call(() -> this.colleagues.named(text));
	}

	static String nameQuery(String name) {
		FieldReader parameters = FieldReader.parameters();
		String text = parameters.parameter("name", name)
			.text(100)
			.must((given) -> given.length() >= 2, "must have at least 2 characters")
			.required();
		parameters.check();
		return text;
	}

	/** {@code staffId}, the colleague's, and {@code named}, false unless given. */
	static ColleagueReferral read(FieldReader in, String referrerStaffId) {
		in.onlyFields(FIELDS, NOT_ASKED);
		String colleague = in.field("staffId").text(100).required();
		Boolean named = in.field("named").flag().orElse(false);
		in.check();
		return new ColleagueReferral(referrerStaffId, colleague, Boolean.TRUE.equals(named));
	}

	/** The one answer a referrer ever gets. */
	record Thanks(String message) {

		static final Thanks ALWAYS = new Thanks(
				"Thank you. The peer support program will reach out to your colleague, as it does for everyone.");

	}

}
