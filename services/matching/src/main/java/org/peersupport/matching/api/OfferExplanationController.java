package org.peersupport.matching.api;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.peersupport.matching.checkin.CaseContext;
import org.peersupport.matching.offer.OfferExplanation;
import org.peersupport.matching.offer.OfferExplanations;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.InvalidInputException;
import org.peersupport.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators see why a case was offered to a supporter: ids, rule names and numbers.
 * The case's facility limits who sees it: an administrator limited to some facilities
 * sees the explanations of their cases only (and none whose facility is not known yet).
 */
@RestController
class OfferExplanationController {

	private final OfferExplanations explanations;

	private final CaseContext cases;

	OfferExplanationController(OfferExplanations explanations, CaseContext cases) {
		this.explanations = explanations;
		this.cases = cases;
	}

	@GetMapping("/api/v1/offers/{offerId}/explanation")
	Mono<OfferExplanation> explain(@PathVariable String offerId, Actor actor) {
		UUID id;
		try {
			id = UUID.fromString(offerId);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("offerId", "must be a UUID");
		}
		return Blocking.call(() -> {
			OfferExplanation explanation = this.explanations.find(id)
				.orElseThrow(() -> new NotFoundException("no explanation for offer " + offerId));
			actor.requireFacility(this.cases.facility(UUID.fromString(explanation.caseId())).orElse(null));
			return explanation;
		});
	}

}
