package org.peersupport.outreach.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.samskivert.mustache.Template;
import reactor.core.publisher.Mono;

import org.peersupport.outreach.selfrequest.SelfRequest;
import org.peersupport.outreach.selfrequest.SelfRequests;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldReader;
import org.peersupport.web.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * The check-in page: a signed-in clinician asks for a check-in for themselves, from a
 * phone, a tablet or a desktop, with the same choices as the API (read by the API's
 * reader) and the lines to call now on every page, before anything else happens.
 */
@RestController
class CheckInPageController {

	static final String TITLE = "Talk to a peer supporter";

	/** The languages offered on the page; the API takes any language code. */
	static final List<Map<String, String>> LANGUAGES = List.of(Map.of("code", "en", "name", "English"),
			Map.of("code", "es", "name", "Español"), Map.of("code", "fr", "name", "Français"),
			Map.of("code", "pt", "name", "Português"), Map.of("code", "zh", "name", "中文"),
			Map.of("code", "vi", "name", "Tiếng Việt"), Map.of("code", "ar", "name", "العربية"),
			Map.of("code", "ht", "name", "Kreyòl ayisyen"));

	private static final Template FORM = Pages.template("check-in");

	private final SelfRequests requests;

	CheckInPageController(SelfRequests requests) {
		this.requests = requests;
	}

	@GetMapping("/check-in")
	Mono<ResponseEntity<String>> form(Actor clinician, ServerWebExchange exchange) {
		StaffOnly.staffId(clinician);
		return Pages.csrf(exchange).map((csrf) -> form(csrf, HttpStatus.OK, List.of()));
	}

	@PostMapping("/check-in")
	Mono<ResponseEntity<String>> ask(Actor clinician, ServerWebExchange exchange) {
		String staffId = StaffOnly.staffId(clinician);
		// A form that cannot be decoded (a stray %) is bad input, not a server error.
		return exchange.getFormData()
			.onErrorMap(IllegalArgumentException.class,
					(ex) -> new InvalidInputException("body", "is not a readable form"))
			.zipWith(Pages.csrf(exchange))
			.flatMap((formAndCsrf) -> {
				SelfRequest request;
				try {
					request = SelfRequestController
						.read(FieldReader.ofObject(FormFields.of(formAndCsrf.getT1(), Set.of("sameRole"))), staffId);
				}
				catch (InvalidInputException ex) {
					return Mono.just(form(formAndCsrf.getT2(), HttpStatus.BAD_REQUEST, ex.problems()));
				}
				return Blocking.call(() -> {
					this.requests.ask(request);
					SelfRequestController.Answer answer = SelfRequestController.Answer.to(request);
					return Pages.message(HttpStatus.OK, answer.talkNow() ? "We are reaching someone now" : TITLE,
							answer.message());
				});
			});
	}

	private static ResponseEntity<String> form(Map<String, Object> csrf, HttpStatus status,
			List<org.peersupport.web.FieldProblem> problems) {
		Map<String, Object> model = new HashMap<>(csrf);
		model.put("languages", LANGUAGES);
		return Pages.page(status, TITLE, FORM, model, problems);
	}

}
