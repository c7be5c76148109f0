package org.peersupport.matching.portal;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.peersupport.matching.offer.Offer;
import org.peersupport.matching.offer.OfferAnswers;
import org.peersupport.matching.offer.OfferStatus;
import org.peersupport.matching.portal.InvalidLinkException.Reason;
import org.peersupport.web.Blocking;
import org.peersupport.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

/**
 * The accept and decline links of an offer e-mail. Opening a link only shows a
 * confirmation page; the answer is given by the page's POST. Mail scanners that open
 * every link in a message therefore cannot accept or decline anything. The links are
 * capabilities: their signature authorises exactly one answer to one offer, without a
 * session.
 */
@Controller
class OfferLinkController {

	private final SupporterLinks links;

	private final SupporterPortal portal;

	private final OfferAnswers answers;

	OfferLinkController(SupporterLinks links, SupporterPortal portal, OfferAnswers answers) {
		this.links = links;
		this.portal = portal;
		this.answers = answers;
	}

	@GetMapping("/offers/{offerId}/{action}")
	Mono<Rendering> confirm(@PathVariable String offerId, @PathVariable String action,
			@RequestParam(required = false) String expires, @RequestParam(required = false) String signature) {
		UUID id = offerId(offerId);
		LinkAction answer = action(action);
		this.links.verify(id.toString(), answer, expires, signature);
		return Blocking.call(() -> {
			Offer offer = this.portal.offer(id);
			if (offer.status() != OfferStatus.OFFERED) {
				return answered(offer);
			}
			return Rendering.view("supporter/confirm")
				.modelAttribute("colleague", this.portal.colleagueName(offer))
				.modelAttribute("accept", answer == LinkAction.ACCEPT)
				.modelAttribute("action", "/offers/" + id + "/" + answer.path())
				.modelAttribute("expires", expires)
				.modelAttribute("signature", signature)
				.build();
		});
	}

	@PostMapping("/offers/{offerId}/{action}")
	Mono<Rendering> answer(@PathVariable String offerId, @PathVariable String action, ServerWebExchange exchange) {
		UUID id = offerId(offerId);
		LinkAction answer = action(action);
		return exchange.getFormData().flatMap((MultiValueMap<String, String> form) -> {
			this.links.verify(id.toString(), answer, form.getFirst("expires"), form.getFirst("signature"));
			return Blocking.call(() -> {
				// The signed offer id binds the link to the supporter the offer was made
				// to.
				String supporterId = this.portal.offer(id).supporterId();
				Offer offer = (answer == LinkAction.ACCEPT) ? this.answers.accept(supporterId, id)
						: this.answers.decline(supporterId, id);
				return answered(offer);
			});
		});
	}

	private Rendering answered(Offer offer) {
		return Rendering.view("supporter/answered")
			.modelAttribute("colleague", this.portal.colleagueName(offer))
			.modelAttribute("status", offer.status().name())
			.modelAttribute("portal", this.links.portal(offer.supporterId()))
			.build();
	}

	/** An offer id from a link's path; anything else is a broken link. */
	static UUID offerId(String offerId) {
		try {
			return UUID.fromString(offerId);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidLinkException(Reason.MALFORMED);
		}
	}

	private static LinkAction action(String path) {
		LinkAction action = LinkAction.offerAction(path);
		if (action == null) {
			throw new NotFoundException("no such page");
		}
		return action;
	}

}
