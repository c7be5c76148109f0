package org.peersupport.matching.checkin;

import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.matching.offer.SupporterOwnership;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.InvalidInputException;
import org.peersupport.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The check-in outcome API. The body is read by hand rather than bound to a class, so
 * that any property that is not a code or a flag is refused instead of silently ignored.
 * Only the supporter of an accepted offer records its outcome: the supporter is the
 * caller, from the token, and an offer made to anyone else is not found.
 */
@RestController
class CheckinController {

	private final JsonMapper json = EventJson.mapper();

	private final Checkins checkins;

	private final CrisisResources crisis;

	private final SupporterOwnership ownership;

	CheckinController(Checkins checkins, CrisisResources crisis, SupporterOwnership ownership) {
		this.checkins = checkins;
		this.crisis = crisis;
		this.ownership = ownership;
	}

	/**
	 * The answer: the record, and the crisis resources whenever the crisis flag is set.
	 *
	 * @param checkin the recorded check-in
	 * @param crisisResources where to turn now, or null
	 */
	record CheckinAnswer(Checkins.RecordedCheckin checkin, CrisisResources.Resources crisisResources) {
	}

	@PostMapping(path = "/api/v1/supporters/{supporterId}/offers/{offerId}/checkins",
			consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<CheckinAnswer>> record(@PathVariable String supporterId, @PathVariable String offerId,
			@RequestBody(required = false) byte[] body, Actor actor) {
		// Whose offer it is comes first: a stranger learns nothing from the validation.
		return Blocking.call(() -> {
			String supporter = this.ownership.ownSupporterRecord(actor, supporterId);
			UUID offer = offerId(supporter, offerId);
			CheckinOutcome outcome = CheckinOutcomeReader.fromJson(parse(body));
			Checkins.RecordedCheckin recorded = this.checkins.record(supporter, offer, outcome);
			CrisisResources.Resources resources = outcome.crisis() ? this.crisis.forFacility(recorded.facility())
					: null;
			return ResponseEntity.status(recorded.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
				.body(new CheckinAnswer(recorded, resources));
		});
	}

	private JsonNode parse(byte[] body) {
		if (body == null || body.length == 0) {
			throw new InvalidInputException("body", "is empty; expected a JSON object");
		}
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("body", "is not valid JSON");
		}
	}

	private static UUID offerId(String supporterId, String offerId) {
		try {
			return UUID.fromString(offerId);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("supporter " + supporterId + " has no offer " + offerId);
		}
	}

}
