package org.peersupport.intake.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.peersupport.contracts.events.MilestoneKind;
import org.peersupport.intake.milestone.MilestoneIntake;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldProblem;
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
 * Later steps of a reported incident: a root cause analysis, a peer review, a disclosure
 * meeting, a claim. Outreach follows up with everyone involved before each.
 */
@RestController
class MilestoneController {

	private final MilestoneIntake milestones;

	MilestoneController(MilestoneIntake milestones) {
		this.milestones = milestones;
	}

	/** 202 for a new milestone, 200 with the same id for a retry. */
	@PostMapping(path = "/api/v1/adverse-events/{eventId}/milestones", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Map<String, Object>>> milestone(@PathVariable String eventId,
			@RequestBody MilestoneRequest request, Actor sender) {
		UUID event = eventId(eventId);
		List<FieldProblem> problems = new ArrayList<>();
		MilestoneKind kind = request.kind(problems);
		Instant scheduledFor = request.scheduledFor(problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
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

	/**
	 * @param kind RCA_SCHEDULED, PEER_REVIEW, DISCLOSURE_MEETING or CLAIM_FILED
	 * @param scheduledFor when it happens, ISO-8601 with an offset
	 */
	record MilestoneRequest(String kind, String scheduledFor) {

		MilestoneKind kind(List<FieldProblem> problems) {
			try {
				return MilestoneKind.valueOf(
						String.valueOf(this.kind).trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("kind",
						"must be one of RCA_SCHEDULED, PEER_REVIEW, DISCLOSURE_MEETING, CLAIM_FILED"));
				return null;
			}
		}

		Instant scheduledFor(List<FieldProblem> problems) {
			try {
				return OffsetDateTime.parse(String.valueOf(this.scheduledFor).trim()).toInstant();
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem("scheduledFor",
						"must be a date-time with an offset such as 2026-12-01T14:00:00Z"));
				return null;
			}
		}

	}

}
