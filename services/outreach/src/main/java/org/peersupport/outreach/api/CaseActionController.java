package org.peersupport.outreach.api;

import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.peersupport.outreach.outreachcase.AdministratorClosure;
import org.peersupport.outreach.outreachcase.CaseActions;
import org.peersupport.outreach.outreachcase.OutreachCaseView;
import org.peersupport.outreach.outreachcase.OutsideContact;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An administrator's hand on a worklist case, the same actions as the console's case
 * page: "contacted outside the platform" and "close with a reason". Another facility's
 * case is not found; who acted comes from the token.
 */
@RestController
class CaseActionController {

	private final CaseActions actions;

	CaseActionController(CaseActions actions) {
		this.actions = actions;
	}

	/**
	 * {@code {"how": "PHONE" | "IN_PERSON" | "OTHER"}}, how optional: closes the case.
	 */
	@PostMapping("/api/v1/outreach-cases/{caseId}/outside-contact")
	Mono<OutreachCaseView> outsideContact(Actor administrator, @PathVariable String caseId,
			@RequestBody JsonNode body) {
		UUID id = CaseActionRequests.caseId(caseId);
		OutsideContact how = CaseActionRequests.outsideContact(body);
		return Blocking.call(() -> this.actions.recordOutsideContact(id, how, administrator.auditName(),
				AdministratorScope.facilities(administrator)));
	}

	/**
	 * {@code {"reason": "DUPLICATE" | …}}: closes the case for one of the program's
	 * reasons.
	 */
	@PostMapping("/api/v1/outreach-cases/{caseId}/closure")
	Mono<OutreachCaseView> close(Actor administrator, @PathVariable String caseId, @RequestBody JsonNode body) {
		UUID id = CaseActionRequests.caseId(caseId);
		AdministratorClosure reason = CaseActionRequests.closure(body);
		return Blocking.call(() -> this.actions.close(id, reason, administrator.auditName(),
				AdministratorScope.facilities(administrator)));
	}

}
