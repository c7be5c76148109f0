package org.peersupport.matching.api;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.peersupport.matching.offer.OfferExplanation;
import org.peersupport.matching.offer.OfferExplanations;
import org.peersupport.web.Blocking;
import org.peersupport.web.InvalidInputException;
import org.peersupport.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Administrators see why a case was offered to a supporter. */
@RestController
class OfferExplanationController {

	private final OfferExplanations explanations;

	OfferExplanationController(OfferExplanations explanations) {
		this.explanations = explanations;
	}

	@GetMapping("/api/v1/offers/{offerId}/explanation")
	Mono<OfferExplanation> explain(@PathVariable String offerId) {
		UUID id;
		try {
			id = UUID.fromString(offerId);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("offerId", "must be a UUID");
		}
		return Blocking.call(() -> this.explanations.find(id)
			.orElseThrow(() -> new NotFoundException("no explanation for offer " + offerId)));
	}

}
