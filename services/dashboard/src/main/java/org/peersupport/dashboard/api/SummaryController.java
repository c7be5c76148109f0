package org.peersupport.dashboard.api;

import reactor.core.publisher.Mono;

import org.peersupport.dashboard.figures.ProgramFigures;
import org.peersupport.dashboard.figures.ProgramSummary;
import org.peersupport.web.Blocking;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The headline figures as JSON, and as a plain page that refreshes itself. */
@RestController
class SummaryController {

	private final ProgramFigures figures;

	SummaryController(ProgramFigures figures) {
		this.figures = figures;
	}

	@GetMapping(path = "/api/v1/summary", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ProgramSummary> summary() {
		return Blocking.call(this.figures::summary);
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	Mono<String> page() {
		return Blocking.call(this.figures::summary).map(SummaryPage::render);
	}

}
