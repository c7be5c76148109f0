package org.peersupport.referral.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

import org.peersupport.console.ConsoleForm;
import org.peersupport.console.ConsolePages;
import org.peersupport.console.ConsoleSection;
import org.peersupport.console.ConsoleTemplates;
import org.peersupport.referral.api.ProgramWide;
import org.peersupport.referral.api.RotaRequest;
import org.peersupport.referral.crisis.CrisisSettings;
import org.peersupport.referral.crisis.OnCallLead;
import org.peersupport.referral.crisis.OnCallRota;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

/**
 * The console's On-call section: who the crisis path pages, in order, and a form to
 * change it, read by the API's own reader (the old rota stays in force until a valid one
 * is saved). The rota pages for every facility around the clock, so a facility has a gap
 * exactly when the rota has nobody on it, and that is said loudly. Referral knows leads
 * by their staff id and pager only (it holds no names), so that is what the page shows.
 */
@Controller
class ConsoleOnCallController {

	/** {@code ConsoleSection.ON_CALL.path()}, as a constant for the mappings. */
	private static final String PATH = "/console/on-call";

	/** Blank rows under the rota, to add leads to it. */
	private static final int BLANK_ROWS = 2;

	/** Never more rows than the rota has, plus the blank ones: enough for any program. */
	private static final int MAX_ROWS = 200;

	private static final List<String> COLUMNS = List.of("leadId", "pagerId");

	private final OnCallRota rota;

	private final CrisisSettings settings;

	private final ConsolePages pages;

	ConsoleOnCallController(OnCallRota rota, CrisisSettings settings, ConsolePages pages) {
		this.rota = rota;
		this.settings = settings;
		this.pages = pages;
	}

	@GetMapping(PATH)
	Mono<ResponseEntity<String>> rota(@RequestParam(required = false) String done, Actor administrator,
			ServerWebExchange exchange) {
		return Blocking.call(() -> model(administrator, this.rota.current(), ConsoleForm.empty())).flatMap((model) -> {
			model.put("notice", "saved".equals(done) ? "The on-call rota is saved and pages from now on." : null);
			return page(exchange, HttpStatus.OK, model);
		});
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<ResponseEntity<String>> replace(Actor administrator, ServerWebExchange exchange) {
		ProgramWide.requireWholeProgram(administrator, "the on-call rota");
		return FormJson.posted(exchange).flatMap((form) -> {
			ArrayNode body = FormJson.rows(form, COLUMNS, MAX_ROWS);
			List<OnCallLead> leads;
			try {
				leads = RotaRequest.read(body);
			}
			catch (InvalidInputException ex) {
				return Blocking.call(() -> model(administrator, sent(body), ConsoleForm.refused(ex.problems())))
					.flatMap((model) -> page(exchange, HttpStatus.BAD_REQUEST, model));
			}
			return Blocking.call(() -> this.rota.replace(leads))
				.map((saved) -> ConsolePages.seeOther(PATH + "?done=saved"));
		});
	}

	private Mono<ResponseEntity<String>> page(ServerWebExchange exchange, HttpStatus status,
			Map<String, Object> model) {
		return this.pages.page(exchange, ConsoleSection.ON_CALL, status, "On-call rota",
				ConsoleTemplates.body("on-call"), model);
	}

	/**
	 * @param shown the rota in force, or what a refused form sent (in its order, so each
	 * problem the reader names is next to its row)
	 */
	private Map<String, Object> model(Actor administrator, List<OnCallLead> shown, ConsoleForm form) {
		List<OnCallLead> inForce = form.refused() ? this.rota.current() : shown;
		Map<String, Object> model = new HashMap<>();
		model.put("form", form);
		model.put("wholeProgram", ProgramWide.coversWholeProgram(administrator));
		model.put("within", PlainWords.duration(this.settings.acknowledgeWithin()));
		model.put("retry", PlainWords.duration(this.settings.retryAfterFailedPage()));
		model.put("nobody", inForce.isEmpty());
		model.put("alone", inForce.size() == 1);
		model.put("fromSettings", !inForce.isEmpty() && !this.rota.setByAdministrator());
		List<Map<String, Object>> order = new ArrayList<>();
		for (int position = 0; position < inForce.size(); position++) {
			order.add(Map.of("position", position + 1, "leadId", inForce.get(position).leadId(), "pagerId",
					inForce.get(position).pagerId()));
		}
		model.put("order", order);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int row = 0; row < shown.size() + BLANK_ROWS; row++) {
			OnCallLead lead = (row < shown.size()) ? shown.get(row) : null;
			rows.add(Map.of("position", row + 1, "inputs",
					new FormInputs(form)
						.text("[" + row + "].leadId", "Staff id of lead " + (row + 1),
								(lead != null) ? lead.leadId() : null, null)
						.text("[" + row + "].pagerId", "Pager of lead " + (row + 1),
								(lead != null) ? lead.pagerId() : null, null)
						.html()));
		}
		model.put("rows", rows);
		return model;
	}

	/** The leads a refused form sent, in its order, blanks as they were. */
	private static List<OnCallLead> sent(ArrayNode body) {
		List<OnCallLead> leads = new ArrayList<>();
		for (JsonNode row : body) {
			leads.add(new OnCallLead(row.path("leadId").asString(null), row.path("pagerId").asString(null)));
		}
		return leads;
	}

}
