package org.peersupport.matching.portal;

import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.peersupport.matching.checkin.CheckinOutcome;
import org.peersupport.matching.checkin.CheckinOutcomeReader;
import org.peersupport.matching.checkin.Checkins;
import org.peersupport.matching.checkin.CrisisResources;
import org.peersupport.matching.offer.Matchmaker;
import org.peersupport.web.Blocking;
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
 * A supporter's page, opened from the signed link in each e-mail. Its forms carry the
 * same signed parameters, which both authorize the action and protect it from cross-site
 * requests.
 */
@Controller
class PortalController {

	private static final Set<String> TOKEN_FIELDS = Set.of("expires", "signature");

	private final SupporterLinks links;

	private final SupporterPortal portal;

	private final Matchmaker matchmaker;

	private final Checkins checkins;

	private final CrisisResources crisis;

	PortalController(SupporterLinks links, SupporterPortal portal, Matchmaker matchmaker, Checkins checkins,
			CrisisResources crisis) {
		this.links = links;
		this.portal = portal;
		this.matchmaker = matchmaker;
		this.checkins = checkins;
		this.crisis = crisis;
	}

	@GetMapping("/portal/{supporterId}")
	Mono<Rendering> page(@PathVariable String supporterId, @RequestParam(required = false) String expires,
			@RequestParam(required = false) String signature) {
		this.links.verify(supporterId, LinkAction.PORTAL, expires, signature);
		return Blocking.call(() -> Rendering.view("supporter/portal")
			.modelAttribute("page", this.portal.page(supporterId))
			.modelAttribute("guide", CheckinGuide.STEPS)
			.modelAttribute("contactLabels", SupporterPortal.CONTACT_LABELS)
			.modelAttribute("needLabels", SupporterPortal.NEED_LABELS)
			.modelAttribute("referralLabels", SupporterPortal.REFERRAL_LABELS)
			.modelAttribute("base", "/portal/" + supporterId)
			.modelAttribute("expires", expires)
			.modelAttribute("signature", signature)
			.build());
	}

	@PostMapping("/portal/{supporterId}/offers/{offerId}/{action}")
	Mono<Rendering> answer(@PathVariable String supporterId, @PathVariable String offerId, @PathVariable String action,
			ServerWebExchange exchange) {
		UUID id = OfferLinkController.offerId(offerId);
		LinkAction answer = LinkAction.offerAction(action);
		if (answer == null) {
			throw new NotFoundException("no such page");
		}
		return authorized(supporterId, exchange).flatMap((form) -> Blocking.call(() -> {
			if (answer == LinkAction.ACCEPT) {
				this.matchmaker.accept(supporterId, id);
			}
			else {
				this.matchmaker.decline(supporterId, id);
			}
			// Back to the page, which now shows the answer; a reload does not post again.
			return Rendering.redirectTo(back(supporterId, form)).status(HttpStatus.SEE_OTHER).build();
		}));
	}

	@PostMapping("/portal/{supporterId}/offers/{offerId}/checkins")
	Mono<Rendering> checkin(@PathVariable String supporterId, @PathVariable String offerId,
			ServerWebExchange exchange) {
		UUID id = OfferLinkController.offerId(offerId);
		return authorized(supporterId, exchange).flatMap((form) -> {
			CheckinOutcome outcome = CheckinOutcomeReader.fromForm(form, TOKEN_FIELDS);
			return Blocking.call(() -> {
				Checkins.RecordedCheckin recorded = this.checkins.record(supporterId, id, outcome);
				return Rendering.view("supporter/checkin-recorded")
					.modelAttribute("crisisRaised", outcome.crisis())
					.modelAttribute("crisis", this.crisis.forFacility(recorded.facility()))
					.modelAttribute("back", back(supporterId, form))
					.build();
			});
		});
	}

	private Mono<MultiValueMap<String, String>> authorized(String supporterId, ServerWebExchange exchange) {
		return exchange.getFormData().map((form) -> {
			this.links.verify(supporterId, LinkAction.PORTAL, form.getFirst("expires"), form.getFirst("signature"));
			return form;
		});
	}

	/** The page again, with the signed parameters the form carried. */
	private static String back(String supporterId, MultiValueMap<String, String> form) {
		return UriComponentsBuilder.fromPath("/portal/{supporterId}")
			.queryParam("expires", form.getFirst("expires"))
			.queryParam("signature", form.getFirst("signature"))
			.encode()
			.buildAndExpand(supporterId)
			.toUriString();
	}

}
