package org.peersupport.referral.api;

import java.net.URI;
import java.util.List;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.referral.catalog.FacilityOverride;
import org.peersupport.referral.catalog.ResourceCatalog;
import org.peersupport.referral.catalog.StaleVersionException;
import org.peersupport.referral.catalog.SupportResource;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldReader;
import org.peersupport.web.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The resource catalog: every member of staff reads it, optionally as one facility sees
 * it; administrators change it: the catalog itself only without a facility limit (it is
 * what every facility sees), a facility's overrides only within their facilities. Changes
 * are guarded by the resource's version, given as {@code If-Match} (412 when stale) or as
 * {@code version} in the body (409 when stale).
 */
@RestController
@RequestMapping("/api/v1/resources")
class ResourceController {

	private final ResourceCatalog catalog;

	ResourceController(ResourceCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * The catalog, optionally of one kind, only crisis resources ({@code crisis=true},
	 * what a supporter shows at once when a check-in turns into a crisis), and as one
	 * facility sees it.
	 */
	@GetMapping
	Mono<List<SupportResource>> resources(@RequestParam(required = false) String kind,
			@RequestParam(required = false) String facility, @RequestParam(required = false) Boolean crisis) {
		FieldReader query = FieldReader.parameters();
		ReferralKind wanted = query.parameter("kind", kind).choice(ReferralKind.class).optional();
		String at = ReferralFields.facility(query.parameter("facility", facility)).optional();
		query.check();
		return Blocking.call(() -> this.catalog.list(wanted, at)
			.stream()
			.filter((resource) -> crisis == null || resource.crisis() == crisis)
			.toList());
	}

	@GetMapping("/{code}")
	Mono<ResponseEntity<SupportResource>> resource(@PathVariable String code,
			@RequestParam(required = false) String facility) {
		String at = facility(facility);
		return Blocking.call(() -> versioned(HttpStatus.OK, this.catalog.get(code, at)));
	}

	@PostMapping
	Mono<ResponseEntity<SupportResource>> create(@RequestBody JsonNode body, Actor administrator) {
		ProgramWide.requireWholeProgram(administrator, "the resource catalog");
		var draft = ResourceRequest.read(body, null).draft();
		return Blocking.call(() -> {
			SupportResource created = this.catalog.create(draft);
			return ResponseEntity.created(URI.create("/api/v1/resources/" + created.code()))
				.eTag(Long.toString(created.version()))
				.body(created);
		});
	}

	@PutMapping("/{code}")
	Mono<ResponseEntity<SupportResource>> update(@PathVariable String code,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody JsonNode body,
			Actor administrator) {
		ProgramWide.requireWholeProgram(administrator, "the resource catalog");
		ResourceRequest request = ResourceRequest.read(body, code);
		var draft = request.draft();
		Long precondition = IfMatch.version(ifMatch);
		Long expected = (precondition != null) ? precondition : request.version();
		return Blocking
			.call(() -> guarded(precondition, () -> versioned(HttpStatus.OK, this.catalog.update(draft, expected))));
	}

	@DeleteMapping("/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> delete(@PathVariable String code, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			Actor administrator) {
		ProgramWide.requireWholeProgram(administrator, "the resource catalog");
		Long precondition = IfMatch.version(ifMatch);
		return Blocking.call(() -> guarded(precondition, () -> {
			this.catalog.delete(code, precondition);
			return Boolean.TRUE;
		})).then();
	}

	@GetMapping("/{code}/facilities")
	Mono<List<FacilityOverride>> overrides(@PathVariable String code) {
		return Blocking.call(() -> this.catalog.overridesOf(code));
	}

	@PutMapping("/{code}/facilities/{facility}")
	Mono<FacilityOverride> override(@PathVariable String code, @PathVariable String facility,
			@RequestBody JsonNode body, Actor administrator) {
		administrator.requireFacility(facility);
		FacilityOverride override = OverrideRequest.read(body, code, facility);
		return Blocking.call(() -> this.catalog.override(override));
	}

	@DeleteMapping("/{code}/facilities/{facility}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> removeOverride(@PathVariable String code, @PathVariable String facility, Actor administrator) {
		administrator.requireFacility(facility);
		return Blocking.call(() -> {
			this.catalog.removeOverride(code, facility);
			return Boolean.TRUE;
		}).then();
	}

	private static String facility(String facility) {
		FieldReader query = FieldReader.parameters();
		String at = ReferralFields.facility(query.parameter("facility", facility)).optional();
		query.check();
		return at;
	}

	private static ResponseEntity<SupportResource> versioned(HttpStatus status, SupportResource resource) {
		return ResponseEntity.status(status).eTag(Long.toString(resource.version())).body(resource);
	}

	/**
	 * A stale version named by {@code If-Match} is a failed precondition, not a conflict.
	 */
	private static <T> T guarded(Long precondition, java.util.function.Supplier<T> change) {
		try {
			return change.get();
		}
		catch (StaleVersionException ex) {
			if (precondition != null) {
				throw new PreconditionFailedException(ex.getMessage(), ex.currentVersion());
			}
			throw ex;
		}
	}

	/** Reads the version from an {@code If-Match} entity tag such as {@code "3"}. */
	static final class IfMatch {

		private IfMatch() {
		}

		static Long version(String header) {
			if (header == null || header.isBlank() || header.strip().equals("*")) {
				return null;
			}
			String tag = header.strip();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			tag = tag.replace("\"", "");
			try {
				return Long.parseLong(tag);
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException("If-Match", "must be the resource's ETag, such as \"3\"");
			}
		}

	}

}
