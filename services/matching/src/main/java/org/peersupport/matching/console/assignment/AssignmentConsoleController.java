package org.peersupport.matching.console.assignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.samskivert.mustache.Template;
import reactor.core.publisher.Mono;

import org.peersupport.console.ConsoleForm;
import org.peersupport.console.ConsolePages;
import org.peersupport.console.ConsoleSection;
import org.peersupport.console.ConsoleTemplates;
import org.peersupport.matching.engine.RuleVerdict;
import org.peersupport.matching.offer.ManualAssignment;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.ConflictException;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;
import org.peersupport.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

/**
 * Assigning a case by hand, from the worklist: the case, and every supporter with the
 * matching rules' verdict for it (which rule would refuse them and why), so the
 * administrator knows what they override. The assignment is {@link ManualAssignment}'s,
 * the same as the API's.
 */
@Controller
class AssignmentConsoleController {

	private static final Template ASSIGN = ConsoleTemplates.body("assign");

	private static final Template MISSING = ConsoleTemplates.body("case-missing");

	private static final String TITLE = "Assign a supporter by hand";

	private final ManualAssignment assignment;

	private final ConsolePages pages;

	AssignmentConsoleController(ManualAssignment assignment, ConsolePages pages) {
		this.assignment = assignment;
		this.pages = pages;
	}

	@GetMapping("/console/cases/{caseId}/assign")
	Mono<ResponseEntity<String>> page(ServerWebExchange exchange, Actor actor, @PathVariable String caseId,
			@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "done", required = false) String done) {
		Map<String, Object> more = new HashMap<>();
		if ("assigned".equals(done)) {
			more.put("notice", "The case was offered to the supporter you chose. They have been sent an e-mail.");
		}
		return shown(exchange, actor, caseId, (query != null) ? query.strip() : "", HttpStatus.OK, ConsoleForm.empty(),
				more);
	}

	@PostMapping(path = "/console/cases/{caseId}/assign", consumes = "application/x-www-form-urlencoded")
	Mono<ResponseEntity<String>> assign(ServerWebExchange exchange, Actor actor, @PathVariable String caseId) {
		return exchange.getFormData().flatMap((form) -> {
			String supporterId = form.getFirst(ManualAssignment.SUPPORTER);
			Mono<ResponseEntity<String>> assigned = Mono.justOrEmpty(id(caseId))
				.flatMap((id) -> Blocking.call(() -> this.assignment.assign(id, supporterId, actor)))
				.map((made) -> ConsolePages.seeOther("/console/cases/" + caseId + "/assign?done=assigned"));
			return assigned
				.onErrorResume(InvalidInputException.class,
						(ex) -> shown(exchange, actor, caseId, "", HttpStatus.BAD_REQUEST,
								ConsoleForm
									.refused(ex.problems().stream().map(AssignmentConsoleController::worded).toList()),
								Map.of()))
				.onErrorResume(ConflictException.class,
						(ex) -> shown(exchange, actor, caseId, "", HttpStatus.CONFLICT,
								ConsoleForm
									.refused(List.of(new FieldProblem(ManualAssignment.SUPPORTER, ex.getMessage()))),
								Map.of()))
				.switchIfEmpty(Mono.defer(() -> missing(exchange)));
		});
	}

	private Mono<ResponseEntity<String>> shown(ServerWebExchange exchange, Actor actor, String caseId, String query,
			HttpStatus status, ConsoleForm form, Map<String, Object> more) {
		UUID id = id(caseId);
		if (id == null) {
			return missing(exchange);
		}
		return Blocking.call(() -> {
			ManualAssignment.CaseSummary summary = this.assignment.summary(id, actor);
			List<ManualAssignment.SupporterVerdict> verdicts = this.assignment.verdicts(id, query, actor);
			return model(summary, verdicts, query, form);
		}).flatMap((model) -> {
			model.putAll(more);
			return this.pages.page(exchange, ConsoleSection.WORKLIST, status, TITLE, ASSIGN, model);
		}).onErrorResume(NotFoundException.class, (ex) -> missing(exchange));
	}

	private Map<String, Object> model(ManualAssignment.CaseSummary summary,
			List<ManualAssignment.SupporterVerdict> verdicts, String query, ConsoleForm form) {
		Map<String, String> names = new HashMap<>();
		verdicts.forEach((v) -> names.put(v.staffId(), (v.name() != null) ? v.name() : "a supporter who left"));
		String holder = (summary.offeredTo() != null) ? summary.offeredTo() : summary.acceptedBy();
		Map<String, Object> model = new HashMap<>();
		model.put("form", form);
		model.put("supporterField", form.field(ManualAssignment.SUPPORTER, "Supporter", null));
		model.put("caseId", summary.caseId().toString());
		model.put("clinician", (summary.clinicianName() != null) ? summary.clinicianName() : "Name not available");
		model.put("department", (summary.clinicianDepartment() != null) ? summary.clinicianDepartment() : "Not given");
		model.put("facility", (summary.facility() != null) ? summary.facility() : "Not known");
		model.put("harm", CaseWords.harm(summary.harmLevel()));
		model.put("highImpact", summary.highImpact() ? "Yes: whoever takes it rests afterwards" : "No");
		model.put("status", CaseWords.status(summary.status(), summary.reason(),
				(holder != null) ? names.getOrDefault(holder, "a supporter") : null, summary.offerExpiresAt()));
		model.put("replaces", summary.offeredTo() != null);
		boolean closed = "CLOSED".equals(summary.status()) || summary.acceptedBy() != null;
		model.put("assignable", !closed);
		model.put("q", query);
		model.put("searched", !query.isEmpty());
		model.put("supporters", verdicts.stream().map(SupporterRow::of).toList());
		model.put("hasSupporters", !verdicts.isEmpty());
		model.put("worklist", this.pages.href(ConsoleSection.WORKLIST));
		model.put("casePage", this.pages.href(ConsoleSection.WORKLIST) + "/cases/" + summary.caseId());
		return model;
	}

	private Mono<ResponseEntity<String>> missing(ServerWebExchange exchange) {
		return this.pages.page(exchange, ConsoleSection.WORKLIST, HttpStatus.NOT_FOUND, "Case not found", MISSING,
				Map.of("worklist", this.pages.href(ConsoleSection.WORKLIST)));
	}

	/**
	 * The service's reasons name the field; next to the field they read as a sentence.
	 */
	private static FieldProblem worded(FieldProblem problem) {
		String reason = problem.reason();
		if (ManualAssignment.SUPPORTER.equals(problem.field()) && Character.isLowerCase(reason.charAt(0))) {
			reason = "This supporter " + reason;
		}
		return new FieldProblem(problem.field(), reason);
	}

	private static UUID id(String caseId) {
		try {
			return UUID.fromString(caseId);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A supporter as the page lists them.
	 *
	 * @param inputId the id of their choice's radio button
	 * @param staffId their staff id, the value sent
	 * @param name their name
	 * @param work their role and department
	 * @param load what they carry against what they agreed to
	 * @param passes whether they pass every rule
	 * @param assignable whether they may be chosen
	 * @param refusals the rules that refuse them, in words
	 * @param holdsOffer whether they hold the case's open offer now
	 */
	record SupporterRow(String inputId, String staffId, String name, String work, String load, boolean passes,
			boolean assignable, List<Refusal> refusals, boolean holdsOffer) {

		static SupporterRow of(ManualAssignment.SupporterVerdict verdict) {
			String name = (verdict.name() != null) ? verdict.name() : "Name removed (they left)";
			String work = String.join(", ",
					java.util.stream.Stream.of(verdict.role(), verdict.department())
						.filter((part) -> part != null && !part.isBlank())
						.toList());
			String load = verdict.activeLoad() + " of " + verdict.maxActive() + " cases";
			// The holder of the open offer fails "offered before" for that very offer:
			// what
			// matters to the administrator is that they have it now.
			List<Refusal> refusals = new java.util.ArrayList<>(
					verdict.holdsOffer() ? List.of() : verdict.refusals().stream().map(Refusal::of).toList());
			if (verdict.left()) {
				refusals.add(0, new Refusal("They have left: they can no longer be offered cases.", true));
			}
			return new SupporterRow("supporter-" + verdict.staffId().replaceAll("[^A-Za-z0-9_-]", "-"),
					verdict.staffId(), name, work.isEmpty() ? "Role and department not given" : work, load,
					verdict.passesEveryRule() && !verdict.left(), verdict.assignable(), refusals, verdict.holdsOffer());
		}

		public boolean hasRefusals() {
			return !this.refusals.isEmpty();
		}

	}

	/**
	 * A rule that refuses a supporter.
	 *
	 * @param text why, in plain words
	 * @param never whether it can never be overridden
	 */
	record Refusal(String text, boolean never) {

		static Refusal of(RuleVerdict verdict) {
			return new Refusal(verdict.refusal(), !verdict.overridable());
		}

	}

}
