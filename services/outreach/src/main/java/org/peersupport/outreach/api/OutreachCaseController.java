package org.peersupport.outreach.api;

import java.util.List;
import java.util.function.Predicate;

import reactor.core.publisher.Mono;

import org.peersupport.outreach.outreachcase.CaseStatus;
import org.peersupport.outreach.outreachcase.OutreachCaseQueries;
import org.peersupport.security.Actor;
import org.peersupport.security.Role;
import org.peersupport.web.Blocking;
import org.peersupport.web.InvalidInputException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read access to cases. An administrator reads the needs-attention worklist (or any
 * status, or one clinician's cases) of the facilities they cover. A clinician reads their
 * own cases only, and only that a check-in was offered and by whom
 * ({@link org.peersupport.outreach.outreachcase.OwnCaseView}): nothing that started a
 * case is ever shown to the clinician. Someone who is both sees their own cases the
 * clinician's way too.
 */
@RestController
@RequestMapping({ "/api/v1/outreach-cases", "/api/v1/cases" })
class OutreachCaseController {

	private final OutreachCaseQueries queries;

	OutreachCaseController(OutreachCaseQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	Mono<List<?>> cases(Actor caller, @RequestParam(required = false) String staffId,
			@RequestParam(required = false) String status) {
		String clinician = (staffId != null && !staffId.isBlank()) ? staffId : null;
		CaseStatus wanted = (status != null) ? parse(status) : null;
		boolean own = (clinician != null) ? caller.is(clinician)
				: caller.has(Role.CLINICIAN) && !caller.has(Role.ADMINISTRATOR);
		if (own) {
			String self = caller.staffId();
			return Blocking.<List<?>>call(() -> this.queries.ownCases(self, wanted));
		}
		if (!caller.has(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("a clinician reads their own cases only");
		}
		if (clinician == null && wanted == null) {
			throw new InvalidInputException("staffId", "is required unless status is given");
		}
		Predicate<String> covered = AdministratorScope.facilities(caller);
		return Blocking.<List<?>>call(() -> this.queries.forProgram(clinician, wanted, covered));
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
