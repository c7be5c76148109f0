package org.peersupport.matching.api;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.peersupport.matching.offer.OfferView;
import org.peersupport.matching.offer.SupporterOffers;
import org.peersupport.web.Blocking;
import org.peersupport.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Supporters list their offers and accept or decline them. */
@RestController
@RequestMapping("/api/v1/supporters/{staffId}/offers")
class SupporterOfferController {

	private final SupporterOffers offers;

	SupporterOfferController(SupporterOffers offers) {
		this.offers = offers;
	}

	@GetMapping
	Mono<List<OfferView>> list(@PathVariable String staffId) {
		return Blocking.call(() -> this.offers.list(staffId));
	}

	@PostMapping("/{offerId}/accept")
	Mono<OfferView> accept(@PathVariable String staffId, @PathVariable String offerId) {
		UUID id = offerId(staffId, offerId);
		return Blocking.call(() -> this.offers.accept(staffId, id));
	}

	@PostMapping("/{offerId}/decline")
	Mono<OfferView> decline(@PathVariable String staffId, @PathVariable String offerId) {
		UUID id = offerId(staffId, offerId);
		return Blocking.call(() -> this.offers.decline(staffId, id));
	}

	private static UUID offerId(String staffId, String offerId) {
		try {
			return UUID.fromString(offerId);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("supporter " + staffId + " has no offer " + offerId);
		}
	}

}
