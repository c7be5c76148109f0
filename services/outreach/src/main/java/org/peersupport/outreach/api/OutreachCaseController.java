package org.peersupport.outreach.api;

import java.util.List;

import reactor.core.publisher.Mono;

import org.peersupport.outreach.outreachcase.CaseStatus;
import org.peersupport.outreach.outreachcase.OutreachCaseQueries;
import org.peersupport.outreach.outreachcase.OutreachCaseView;
import org.peersupport.web.Blocking;
import org.peersupport.web.InvalidInputException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read access to cases: one clinician's cases, or the administrator's needs-attention
 * worklist.
 */
@RestController
@RequestMapping({ "/api/v1/outreach-cases", "/api/v1/cases" })
class OutreachCaseController {

	private final OutreachCaseQueries queries;

	OutreachCaseController(OutreachCaseQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	Mono<List<OutreachCaseView>> cases(@RequestParam(required = false) String staffId,
			@RequestParam(required = false) String status) {
		if (staffId != null && !staffId.isBlank()) {
			return Blocking.call(() -> this.queries.forClinician(staffId));
		}
		if (status != null) {
			CaseStatus wanted = parse(status);
			return Blocking.call(() -> this.queries.withStatus(wanted));
		}
		throw new InvalidInputException("staffId", "is required unless status is given");
	}

	private static CaseStatus parse(String status) {
		try {
			return CaseStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("status",
					"must be one of SCHEDULED, OFFERED, ACCEPTED, NEEDS_ATTENTION, CLOSED");
		}
	}

}
