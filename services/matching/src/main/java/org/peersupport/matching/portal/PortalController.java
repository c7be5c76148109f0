package org.peersupport.matching.portal;

import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.peersupport.matching.checkin.CheckinOutcome;
import org.peersupport.matching.checkin.CheckinOutcomeReader;
import org.peersupport.matching.checkin.Checkins;
import org.peersupport.matching.checkin.CrisisResources;
import org.peersupport.matching.offer.OfferAnswers;
import org.peersupport.matching.offer.SupporterOwnership;
import org.peersupport.matching.recognition.SupporterRecognition;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.InvalidInputException;
import org.peersupport.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A supporter's page. It needs its supporter signed in: the link in an e-mail leads to
 * sign-in, so a forwarded e-mail opens nothing, and one supporter never sees another's
 * page. Its forms carry the session's CSRF token ({@link PortalCsrf}).
 */
@Controller
class PortalController {

	/**
	 * Form fields that are not part of the outcome: the CSRF token, under Spring
	 * Security's parameter name.
	 */
	private static final Set<String> TOKEN_FIELDS = Set.of("_csrf");

	/** What {@code saved} names after the recognition choice was saved. */
	private static final String RECOGNITION = "recognition";

	private final SupporterPortal portal;

	private final SupporterOwnership ownership;

	private final OfferAnswers answers;

	private final Checkins checkins;

	private final CrisisResources crisis;

	private final SupporterRecognition recognition;

	PortalController(SupporterPortal portal, SupporterOwnership ownership, OfferAnswers answers, Checkins checkins,
			CrisisResources crisis, SupporterRecognition recognition) {
		this.recognition = recognition;
		this.portal = portal;
		this.ownership = ownership;
		this.answers = answers;
		this.checkins = checkins;
		this.crisis = crisis;
	}

	@GetMapping("/portal/{supporterId}")
	Mono<Rendering> page(@PathVariable String supporterId, @RequestParam(required = false) String saved, Actor actor) {
		return Blocking.call(() -> {
			String supporter = this.ownership.ownSupporterRecord(actor, supporterId);
			return Rendering.view("supporter/portal")
				.modelAttribute("listed", this.recognition.listed(supporter))
				.modelAttribute("saved", RECOGNITION.equals(saved))
				.modelAttribute("page", this.portal.page(supporter))
				.modelAttribute("guide", CheckinGuide.STEPS)
				.modelAttribute("contactLabels", SupporterPortal.CONTACT_LABELS)
				.modelAttribute("needLabels", SupporterPortal.NEED_LABELS)
				.modelAttribute("referralLabels", SupporterPortal.REFERRAL_LABELS)
				.modelAttribute("base", page(supporter))
				.build();
		});
	}

	@PostMapping("/portal/{supporterId}/offers/{offerId}/{action}")
	Mono<Rendering> answer(@PathVariable String supporterId, @PathVariable String offerId, @PathVariable String action,
			Actor actor) {
		return Blocking.call(() -> {
			String supporter = this.ownership.ownSupporterRecord(actor, supporterId);
			UUID id = OfferLinkController.offerId(offerId);
			LinkAction answer = LinkAction.offerAction(action);
			if (answer == null) {
				throw new NotFoundException("no such page");
			}
			if (answer == LinkAction.ACCEPT) {
				this.answers.accept(supporter, id);
			}
			else {
				this.answers.decline(supporter, id);
			}
			// Back to the page, which now shows the answer; a reload does not post again.
			return Rendering.redirectTo(page(supporter)).status(HttpStatus.SEE_OTHER).build();
		});
	}

	@PostMapping("/portal/{supporterId}/offers/{offerId}/checkins")
	Mono<Rendering> checkin(@PathVariable String supporterId, @PathVariable String offerId, Actor actor,
			ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((MultiValueMap<String, String> form) -> Blocking.call(() -> {
			String supporter = this.ownership.ownSupporterRecord(actor, supporterId);
			UUID id = OfferLinkController.offerId(offerId);
			CheckinOutcome outcome = CheckinOutcomeReader.fromForm(form, TOKEN_FIELDS);
			Checkins.RecordedCheckin recorded = this.checkins.record(supporter, id, outcome);
			return Rendering.view("supporter/checkin-recorded")
				.modelAttribute("crisisRaised", outcome.crisis())
				.modelAttribute("crisis", this.crisis.forFacility(recorded.facility()))
				.modelAttribute("back", page(supporter))
				.build();
		}));
	}

	/**
	 * The supporter's own choice whether the program's recognition names them: {@code
	 * listed}, yes or no. Only they choose it; an administrator cannot.
	 */
	@PostMapping("/portal/{supporterId}/recognition")
	Mono<Rendering> recognition(@PathVariable String supporterId, Actor actor, ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((MultiValueMap<String, String> form) -> Blocking.call(() -> {
			String supporter = this.ownership.ownSupporterRecord(actor, supporterId);
			String listed = form.getFirst("listed");
			if (!"yes".equals(listed) && !"no".equals(listed)) {
				throw new InvalidInputException("listed", "must be yes or no");
			}
			this.recognition.choose(supporter, "yes".equals(listed));
			return Rendering.redirectTo(page(supporter) + "?saved=" + RECOGNITION + "#recognition")
				.status(HttpStatus.SEE_OTHER)
				.build();
		}));
	}

	private static String page(String supporterId) {
		return UriComponentsBuilder.fromPath("/portal/{supporterId}")
			.encode()
			.buildAndExpand(supporterId)
			.toUriString();
	}

}
