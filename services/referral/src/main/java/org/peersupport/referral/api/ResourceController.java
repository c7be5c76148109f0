package org.peersupport.referral.api;

import java.util.List;
import java.util.Locale;

import reactor.core.publisher.Mono;

import org.peersupport.referral.catalog.ResourceCatalog;
import org.peersupport.referral.catalog.ResourceKind;
import org.peersupport.referral.catalog.SupportResource;
import org.peersupport.web.Blocking;
import org.peersupport.web.InvalidInputException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The resource catalog, optionally filtered by kind. */
@RestController
class ResourceController {

	private final ResourceCatalog catalog;

	ResourceController(ResourceCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/api/v1/resources")
	Mono<List<SupportResource>> resources(@RequestParam(required = false) String kind) {
		ResourceKind wanted = (kind != null) ? parse(kind) : null;
		return Blocking.call(() -> this.catalog.list(wanted));
	}

	private static ResourceKind parse(String kind) {
		try {
			return ResourceKind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("kind",
					"must be one of CRISIS_LINE, PEER_LINE, EAP, THERAPY, LEGAL, DISCLOSURE_COACHING");
		}
	}

}
