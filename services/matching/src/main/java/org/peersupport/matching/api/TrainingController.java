package org.peersupport.matching.api;

import java.util.List;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.peersupport.matching.offer.SupporterOwnership;
import org.peersupport.matching.training.TrainingEntry;
import org.peersupport.matching.training.TrainingRecord;
import org.peersupport.matching.training.TrainingRecords;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldReader;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators record and list supporters' training; a supporter reads their own
 * training record.
 */
@RestController
@RequestMapping("/api/v1/supporters/{staffId}/training")
class TrainingController {

	private final TrainingRecords training;

	private final SupporterOwnership ownership;

	TrainingController(TrainingRecords training, SupporterOwnership ownership) {
		this.training = training;
		this.ownership = ownership;
	}

	/**
	 * Records a training: its {@code kind} (CORE_5H, ROLE_PLAY, MONTHLY_MEETING or
	 * REFRESHER), {@code completedOn}, the day it was completed, and {@code expiresOn},
	 * the last day it counts, absent when it does not expire.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<TrainingRecord> record(@PathVariable String staffId, @RequestBody JsonNode body) {
		TrainingEntry entry = TrainingEntry.read(FieldReader.ofObject(body));
		return Blocking.call(() -> this.training.record(staffId, entry));
	}

	@GetMapping
	Mono<List<TrainingRecord>> list(@PathVariable String staffId, Actor actor) {
		return Blocking.call(() -> this.training.list(this.ownership.administeredSupporterRecord(actor, staffId)));
	}

}
