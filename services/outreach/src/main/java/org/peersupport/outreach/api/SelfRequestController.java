package org.peersupport.outreach.api;

import java.util.List;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.peersupport.contracts.events.ContactChannel;
import org.peersupport.contracts.events.DepartmentPreference;
import org.peersupport.contracts.events.SupportPreferences;
import org.peersupport.outreach.selfrequest.CrisisLines;
import org.peersupport.outreach.selfrequest.SelfRequest;
import org.peersupport.outreach.selfrequest.SelfRequests;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldReader;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A clinician asks for a check-in for themselves: only their own token may, no reason is
 * asked for, and a field that could carry one is refused by name.
 */
@RestController
class SelfRequestController {

	/** What a request may hold: choices, all optional. */
	static final List<String> FIELDS = List.of("when", "department", "sameRole", "language", "channel");

	static final String NOT_A_CHOICE = "is not a choice of a check-in request: no reason or details are asked for";

	/**
	 * A BCP 47 language tag of the usual shape: {@code es}, {@code pt-BR},
	 * {@code zh-Hant}.
	 */
	private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");

	private final SelfRequests requests;

	SelfRequestController(SelfRequests requests) {
		this.requests = requests;
	}

	@PostMapping("/api/v1/clinicians/{staffId}/check-in-requests")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<Answer> ask(Actor clinician, @PathVariable String staffId, @RequestBody JsonNode body) {
		String own = ClinicianController.own(clinician, staffId);
		SelfRequest request = read(FieldReader.ofObject(body), own);
		return Blocking.call(() -> {
			this.requests.ask(request);
			return Answer.to(request);
		});
	}

	/**
	 * Reads a request: {@code when} (NOW, TODAY or THIS_WEEK; TODAY when not given),
	 * {@code department} (SAME_DEPARTMENT or OTHER_DEPARTMENT), {@code sameRole},
	 * {@code language} (a code such as {@code es}) and {@code channel} (EMAIL, SMS,
	 * PHONE). The page's form reads through this too.
	 */
	static SelfRequest read(FieldReader in, String staffId) {
		in.onlyFields(FIELDS, NOT_A_CHOICE);
		SelfRequest.When when = in.field("when").choice(SelfRequest.When.class).orElse(SelfRequest.When.TODAY);
		DepartmentPreference department = in.field("department").choice(DepartmentPreference.class).optional();
		Boolean sameRole = in.field("sameRole").flag().orElse(false);
		String language = in.field("language")
			.text(35)
			.matching(LANGUAGE, "must be a language code such as es or pt-BR")
			.optional();
		ContactChannel channel = in.field("channel").choice(ContactChannel.class).optional();
		in.check();
		return new SelfRequest(staffId, when,
				new SupportPreferences(department, Boolean.TRUE.equals(sameRole), language, channel));
	}

	/**
	 * What the clinician is told at once: that the program will be in touch, and the
	 * lines they can call now without waiting for anyone.
	 *
	 * @param message what happens next
	 * @param talkNow whether they asked to talk now (the on-call lead is being paged)
	 * @param crisisLines 988 and the Physician Support Line
	 */
	record Answer(String message, boolean talkNow, List<CrisisLines.Line> crisisLines) {

		static final String NOW = "We are reaching the program's on-call lead now. If you cannot wait, or you are "
				+ "thinking about harming yourself, call or text 988 right away, or call the Physician Support Line.";

		static final String LATER = "Thank you for asking. A trained colleague from the peer support program will "
				+ "reach out to you. These lines are open at any hour if you need someone sooner.";

		static Answer to(SelfRequest request) {
			boolean now = request.when() == SelfRequest.When.NOW;
			return new Answer(now ? NOW : LATER, now, CrisisLines.NOW);
		}

	}

}
