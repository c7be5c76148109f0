package org.peersupport.matching.api;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.peersupport.matching.offer.OfferView;
import org.peersupport.matching.offer.SupporterOffers;
import org.peersupport.matching.offer.SupporterOwnership;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supporters list their own offers and accept or decline them. An offer made to another
 * supporter is not found: the supporter acted for is always the caller.
 */
@RestController
@RequestMapping("/api/v1/supporters/{staffId}/offers")
class SupporterOfferController {

	private final SupporterOffers offers;

	private final SupporterOwnership ownership;

	SupporterOfferController(SupporterOffers offers, SupporterOwnership ownership) {
		this.offers = offers;
		this.ownership = ownership;
	}

	@GetMapping
	Mono<List<OfferView>> list(@PathVariable String staffId, Actor actor) {
		return Blocking.call(() -> this.offers.list(this.ownership.ownSupporterRecord(actor, staffId)));
	}

	@PostMapping("/{offerId}/accept")
	Mono<OfferView> accept(@PathVariable String staffId, @PathVariable String offerId, Actor actor) {
		return Blocking.call(() -> {
			String supporter = this.ownership.ownSupporterRecord(actor, staffId);
			return this.offers.accept(supporter, offerId(supporter, offerId));
		});
	}

	@PostMapping("/{offerId}/decline")
	Mono<OfferView> decline(@PathVariable String staffId, @PathVariable String offerId, Actor actor) {
		return Blocking.call(() -> {
			String supporter = this.ownership.ownSupporterRecord(actor, staffId);
			return this.offers.decline(supporter, offerId(supporter, offerId));
		});
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
