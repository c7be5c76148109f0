package org.peersupport.matching.api;

import java.util.List;

import reactor.core.publisher.Mono;

import org.peersupport.matching.wellbeing.SupporterLoadView;
import org.peersupport.matching.wellbeing.SupporterWellbeing;
import org.peersupport.web.Blocking;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A supporter's own load and pause; administrators' fatigue list. */
@RestController
class SupporterWellbeingController {

	private final SupporterWellbeing wellbeing;

	SupporterWellbeingController(SupporterWellbeing wellbeing) {
		this.wellbeing = wellbeing;
	}

	@GetMapping("/api/v1/supporters/{staffId}/load")
	Mono<SupporterLoadView> load(@PathVariable String staffId) {
		return Blocking.call(() -> this.wellbeing.load(staffId));
	}

	@PostMapping("/api/v1/supporters/{staffId}/pause")
	Mono<SupporterLoadView> pause(@PathVariable String staffId) {
		return Blocking.call(() -> this.wellbeing.pause(staffId));
	}

	@PostMapping("/api/v1/supporters/{staffId}/resume")
	Mono<SupporterLoadView> resume(@PathVariable String staffId) {
		return Blocking.call(() -> this.wellbeing.resume(staffId));
	}

	@GetMapping("/api/v1/supporters/fatigue")
	Mono<List<SupporterLoadView>> fatigue() {
		return Blocking.call(this.wellbeing::fatigued);
	}

}
