package org.peersupport.outreach.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.samskivert.mustache.Template;
import reactor.core.publisher.Mono;

import org.peersupport.outreach.colleague.ColleagueReferral;
import org.peersupport.outreach.colleague.ColleagueReferrals;
import org.peersupport.outreach.colleague.Colleagues;
import org.peersupport.outreach.colleague.ReferralLimitReached;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.FieldReader;
import org.peersupport.web.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * The page for a word about a colleague: find them in the staff directory by name, pick
 * one, choose whether they may be told who asked. The answer is always the same thanks.
 */
@RestController
class ReferPageController {

	static final String TITLE = "A word about a colleague";

	private static final Template FORM = Pages.template("refer");

	private final ColleagueReferrals referrals;

	private final Colleagues colleagues;

	ReferPageController(ColleagueReferrals referrals, Colleagues colleagues) {
		this.referrals = referrals;
		this.colleagues = colleagues;
	}

	@GetMapping("/refer-a-colleague")
	Mono<ResponseEntity<String>> form(Actor referrer, @RequestParam(required = false) String name,
			ServerWebExchange exchange) {
		StaffOnly.staffId(referrer);
		return Pages.csrf(exchange).flatMap((csrf) -> {
			if (name == null) {
				return Mono.just(form(csrf, null, null, HttpStatus.OK, List.of()));
			}
			String text;
			try {
				text = ColleagueReferralController.nameQuery(name);
			}
			catch (InvalidInputException ex) {
				return Mono.just(form(csrf, name, null, HttpStatus.BAD_REQUEST, ex.problems()));
			}
			return Blocking
				.call(() -> form(csrf, name, this.colleagues.named(text), HttpStatus.OK, List.<FieldProblem>of()));
		});
	}

	@PostMapping("/refer-a-colleague")
	Mono<ResponseEntity<String>> refer(Actor referrer, ServerWebExchange exchange) {
		String referrerId = StaffOnly.staffId(referrer);
		// A form that cannot be decoded (a stray %) is bad input, not a server error.
		return exchange.getFormData()
			.onErrorMap(IllegalArgumentException.class,
					(ex) -> new InvalidInputException("body", "is not a readable form"))
			.zipWith(Pages.csrf(exchange))
			.flatMap((formAndCsrf) -> {
				ColleagueReferral referral;
				try {
					referral = ColleagueReferralController
						.read(FieldReader.ofObject(FormFields.of(formAndCsrf.getT1(), Set.of("named"))), referrerId);
				}
				catch (InvalidInputException ex) {
					return Mono.just(form(formAndCsrf.getT2(), null, null, HttpStatus.BAD_REQUEST, ex.problems()));
				}
				return Blocking.call(() -> {
					try {
						this.referrals.refer(referral);
					}
					catch (InvalidInputException ex) {
						return form(formAndCsrf.getT2(), null, null, HttpStatus.BAD_REQUEST, ex.problems());
					}
					catch (ReferralLimitReached ex) {
						return Pages.message(HttpStatus.TOO_MANY_REQUESTS, TITLE, ex.getMessage());
					}
					return Pages.message(HttpStatus.OK, TITLE, ColleagueReferralController.Thanks.ALWAYS.message());
				});
			});
	}

	private static ResponseEntity<String> form(Map<String, Object> csrf, String name, List<Colleagues.Colleague> found,
			HttpStatus status, List<FieldProblem> problems) {
		Map<String, Object> model = new HashMap<>(csrf);
		model.put("name", (name != null) ? name : "");
		model.put("searched", found != null);
		model.put("colleagues", (found != null) ? found : List.of());
		model.put("hasColleagues", found != null && !found.isEmpty());
		return Pages.page(status, TITLE, FORM, model, problems);
	}

}
