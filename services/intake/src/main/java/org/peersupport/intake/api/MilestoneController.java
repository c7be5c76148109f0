package org.peersupport.intake.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.peersupport.contracts.events.MilestoneKind;
import org.peersupport.intake.milestone.MilestoneIntake;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldReader;
import org.peersupport.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Later steps of a reported incident: a root cause analysis, a peer review, a disclosure
 * meeting, a claim. Outreach follows up with everyone involved before each.
 */
@RestController
class MilestoneController {

	private final MilestoneIntake milestones;

	MilestoneController(MilestoneIntake milestones) {
		this.milestones = milestones;
	}

	/**
	 * 202 for a new milestone, 200 with the same id for a retry. The body names its
	 * {@code kind} (RCA_SCHEDULED, PEER_REVIEW, DISCLOSURE_MEETING or CLAIM_FILED) and
	 * when it is {@code scheduledFor}, ISO-8601 with an offset.
	 */
	@PostMapping(path = "/api/v1/adverse-events/{eventId}/milestones", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Map<String, Object>>> milestone(@PathVariable String eventId, @RequestBody JsonNode body,
			Actor sender) {
		UUID event = eventId(eventId);
		FieldReader in = FieldReader.ofObject(body);
		MilestoneKind kind = in.field("kind").choice(MilestoneKind.class).required();
		Instant scheduledFor = in.field("scheduledFor").instant().required();
		in.check();
		return Blocking.call(() -> this.milestones.accept(event, kind, scheduledFor, sender.clientId()))
			.map((accepted) -> ResponseEntity.status(accepted.isNew() ? HttpStatus.ACCEPTED : HttpStatus.OK)
				.body(Map.<String, Object>of("id", accepted.id(), "eventId", eventId, "status",
						accepted.isNew() ? "accepted" : "duplicate")));
	}

	/** An id that is not even a UUID cannot name an event intake received. */
	private static UUID eventId(String eventId) {
		try {
			return UUID.fromString(eventId);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("No adverse event with that id");
		}
	}

}
