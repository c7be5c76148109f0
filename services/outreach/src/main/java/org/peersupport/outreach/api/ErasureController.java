package org.peersupport.outreach.api;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.peersupport.outreach.privacy.Erasures;
import org.peersupport.security.Actor;
import org.peersupport.security.Role;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldReader;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erasure on request: a program administrator asks, on a clinician's behalf, that every
 * identifiable record of them be erased. Only an administrator without a facility limit
 * may: a person's records in the other services (the directory, referrals, check-ins)
 * belong to no facility outreach could check, so a limited administrator cannot be shown
 * to cover them all. Who asked is the token's, and the access trail records it.
 */
@RestController
class ErasureController {

	static final List<String> FIELDS = List.of("staffId");

	private final Erasures erasures;

	ErasureController(Erasures erasures) {
		this.erasures = erasures;
	}

	@PostMapping("/api/v1/erasure-requests")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<Accepted> request(Actor administrator, @RequestBody JsonNode body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		if (!administrator.has(Role.ADMINISTRATOR) || !administrator.facilities().isEmpty()) {
			throw new AccessDeniedException("erasure is for program administrators without a facility limit");
		}
		FieldReader in = FieldReader.ofObject(body);
		in.onlyFields(FIELDS, "is not a field of an erasure request: only the person is asked for");
		String staffId = in.field("staffId").text(100).notBlank().required();
		// Shares the body's problems, so a bad key and a bad body are answered together.
		String key = in.parameter("Idempotency-Key", idempotencyKey).text(200).optional();
		in.check();
		return Blocking.call(() -> new Accepted(this.erasures.erase(staffId, key)));
	}

	/** The erasure's id: the same for a request repeated with its Idempotency-Key. */
	record Accepted(UUID erasureId) {
	}

}
