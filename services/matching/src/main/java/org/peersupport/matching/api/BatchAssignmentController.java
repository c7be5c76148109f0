package org.peersupport.matching.api;

import reactor.core.publisher.Mono;

import org.peersupport.matching.offer.Matchmaker;
import org.peersupport.web.Blocking;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators may close the batch window early, for instance once every clinician of a
 * mass-casualty event has been reported. It decides every case collected so far, of every
 * facility: it only brings forward what the window would do anyway, and shows nobody any
 * record, so the route rule (administrators) is the whole check.
 */
@RestController
class BatchAssignmentController {

	private final Matchmaker matchmaker;

	BatchAssignmentController(Matchmaker matchmaker) {
		this.matchmaker = matchmaker;
	}

	/**
	 * The answer.
	 *
	 * @param assigned how many collected cases were decided
	 */
	record BatchReport(int assigned) {
	}

	@PostMapping("/api/v1/matching/batch")
	Mono<BatchReport> assignNow() {
		return Blocking.call(() -> new BatchReport(this.matchmaker.assignPending()));
	}

}
