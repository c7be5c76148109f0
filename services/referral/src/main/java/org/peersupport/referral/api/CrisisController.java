package org.peersupport.referral.api;

import java.util.List;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.peersupport.referral.crisis.Crises;
import org.peersupport.referral.crisis.Crisis;
import org.peersupport.referral.crisis.OnCallLead;
import org.peersupport.referral.crisis.OnCallRota;
import org.peersupport.referral.crisis.PageAttempt;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldReader;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Crises for on-call leads, within their reach (their facilities, and any crisis they
 * were paged for), and the on-call rota for administrators.
 */
@RestController
class CrisisController {

	private final Crises crises;

	private final OnCallRota rota;

	CrisisController(Crises crises, OnCallRota rota) {
		this.crises = crises;
		this.rota = rota;
	}

	/** {@code ?open=true}: the crises nobody has acknowledged yet, oldest first. */
	@GetMapping("/api/v1/crises")
	Mono<List<Crisis>> crises(@RequestParam(defaultValue = "false") boolean open, Actor lead) {
		return Blocking.call(() -> this.crises.list(open, lead));
	}

	@GetMapping("/api/v1/crises/{id}")
	Mono<Crisis> crisis(@PathVariable String id, Actor lead) {
		return Blocking.call(() -> this.crises.get(id, lead));
	}

	@GetMapping("/api/v1/crises/{id}/pages")
	Mono<List<PageAttempt>> pages(@PathVariable String id, Actor lead) {
		return Blocking.call(() -> this.crises.pages(id, lead));
	}

	/**
	 * The caller acknowledges: the lead recorded is the token's staff id. The body is
	 * optional and kept only so older clients still work: a {@code leadId} in it
	 * (optional; when given, the caller's own staff id) must be the caller's own, and
	 * naming someone else is refused (403) rather than silently recorded as the caller.
	 * Idempotent: a second acknowledgement answers 200 with the first one's data.
	 */
	@PostMapping("/api/v1/crises/{id}/acknowledgement")
	Mono<Crisis> acknowledge(@PathVariable String id, @RequestBody(required = false) JsonNode body, Actor lead) {
		if (lead.staffId() == null) {
			throw new AccessDeniedException("an acknowledgement names the lead: the token carries no staff id");
		}
		if (body != null) {
			FieldReader in = FieldReader.ofObject(body);
			String named = ReferralFields.id(in.field("leadId")).notBlank().optional();
			in.check();
			if (named != null && !lead.is(named)) {
				throw new AccessDeniedException("a lead acknowledges only as themselves");
			}
		}
		return Blocking.call(() -> this.crises.acknowledge(id, lead));
	}

	@GetMapping("/api/v1/on-call")
	Mono<List<OnCallLead>> onCall() {
		return Blocking.call(this.rota::current);
	}

	/**
	 * Replaces the on-call rota: the leads in the order they are paged. The rota pages
	 * for every facility, so only an administrator without a facility limit sets it.
	 */
	@PutMapping("/api/v1/on-call")
	Mono<List<OnCallLead>> replaceOnCall(@RequestBody JsonNode body, Actor administrator) {
		ProgramWide.requireWholeProgram(administrator, "the on-call rota");
		List<OnCallLead> leads = RotaRequest.read(body);
		return Blocking.call(() -> this.rota.replace(leads));
	}

}
