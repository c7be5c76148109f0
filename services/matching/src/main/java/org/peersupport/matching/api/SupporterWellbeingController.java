package org.peersupport.matching.api;

import java.util.List;

import reactor.core.publisher.Mono;

import org.peersupport.matching.offer.SupporterOwnership;
import org.peersupport.matching.wellbeing.SupporterLoadView;
import org.peersupport.matching.wellbeing.SupporterWellbeing;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A supporter's own load and pause, which administrators see and set too; the
 * administrators' fatigue list.
 */
@RestController
class SupporterWellbeingController {

	private final SupporterWellbeing wellbeing;

	private final SupporterOwnership ownership;

	SupporterWellbeingController(SupporterWellbeing wellbeing, SupporterOwnership ownership) {
		this.wellbeing = wellbeing;
		this.ownership = ownership;
	}

	@GetMapping("/api/v1/supporters/{staffId}/load")
	Mono<SupporterLoadView> load(@PathVariable String staffId, Actor actor) {
		return Blocking.call(() -> this.wellbeing.load(this.ownership.administeredSupporterRecord(actor, staffId)));
	}

	@PostMapping("/api/v1/supporters/{staffId}/pause")
	Mono<SupporterLoadView> pause(@PathVariable String staffId, Actor actor) {
		return Blocking.call(() -> this.wellbeing.pause(this.ownership.administeredSupporterRecord(actor, staffId)));
	}

	@PostMapping("/api/v1/supporters/{staffId}/resume")
	Mono<SupporterLoadView> resume(@PathVariable String staffId, Actor actor) {
		return Blocking.call(() -> this.wellbeing.resume(this.ownership.administeredSupporterRecord(actor, staffId)));
	}

	@GetMapping("/api/v1/supporters/fatigue")
	Mono<List<SupporterLoadView>> fatigue() {
		return Blocking.call(this.wellbeing::fatigued);
	}

}
