package org.peersupport.matching.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.peersupport.matching.offer.ManualAssignment;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldReader;
import org.peersupport.web.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An administrator offers a case by hand to a supporter they name ({@code {"supporterId":
 * "P-1"}}): the console's manual assignment, as an API, through the same
 * {@link ManualAssignment}. The answer names the hard rules the supporter failed and the
 * administrator overrode; what may never be overridden is refused with 400 naming
 * {@code supporterId}, a case already accepted or closed with 409.
 */
@RestController
class ManualOfferController {

	private final ManualAssignment assignment;

	ManualOfferController(ManualAssignment assignment) {
		this.assignment = assignment;
	}

	/**
	 * The offer made.
	 *
	 * @param offerId the offer
	 * @param caseId its case
	 * @param supporterId the supporter it went to
	 * @param expiresAt when it expires unanswered
	 * @param assignedBy who assigned it
	 * @param overriddenRules the hard constraints overridden
	 */
	record ManualOfferAnswer(String offerId, String caseId, String supporterId, Instant expiresAt, String assignedBy,
			List<String> overriddenRules) {
	}

	@PostMapping("/api/v1/match-requests/{caseId}/manual-offers")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ManualOfferAnswer> offer(@PathVariable String caseId, @RequestBody JsonNode body, Actor actor) {
		UUID id = caseId(caseId);
		FieldReader in = FieldReader.ofObject(body);
		String supporterId = in.field(ManualAssignment.SUPPORTER).text(64).required();
		in.check();
		return Blocking.call(() -> {
			ManualAssignment.ManualOffer made = this.assignment.assign(id, supporterId, actor);
			return new ManualOfferAnswer(made.offer().id().toString(), caseId, made.offer().supporterId(),
					made.offer().expiresAt(), actor.auditName(), made.overriddenRules());
		});
	}

	static UUID caseId(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("caseId", "must be a UUID");
		}
	}

}
