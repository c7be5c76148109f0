package org.peersupport.outreach.console;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.samskivert.mustache.Template;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.console.ConsoleForm;
import org.peersupport.console.ConsolePages;
import org.peersupport.console.ConsoleSection;
import org.peersupport.console.ConsoleTemplates;
import org.peersupport.outreach.api.AdministratorScope;
import org.peersupport.outreach.api.CaseActionRequests;
import org.peersupport.outreach.api.DebriefRequests;
import org.peersupport.outreach.api.FormFields;
import org.peersupport.outreach.debrief.DebriefPlan;
import org.peersupport.outreach.debrief.TeamDebriefs;
import org.peersupport.outreach.outreachcase.CaseActions;
import org.peersupport.outreach.outreachcase.CaseFiles;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.ConflictException;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;
import org.peersupport.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * A case of the worklist: where it stands and what happened, in words, and what the
 * administrator can do about it: assign a supporter by hand (matching's page), record
 * that they reached the clinician outside the platform, close it with a reason, schedule
 * its proposed team debrief. Each form is read by the API's reader and acted on by the
 * API's service method, so the page and the API accept, refuse and record alike; who
 * acted comes from the session or token. Another facility's case is not found.
 */
@RestController
class CasePageController {

	private static final Template BODY = ConsoleTemplates.body("case");

	private static final Template MISSING = ConsoleTemplates.body("case-missing");

	/** Problems that name codes or formats are said again in plain words on the page. */
	private static final Pattern TECHNICAL = Pattern.compile(".*([A-Z]{2,}_|one of|ISO|instant|UUID|videoLink).*");

	private static final Map<String, String> PLAIN = Map.of("how", "Choose how you reached them from the list",
			"reason", "Choose a reason from the list", "startsAt", "Enter a date and a time, such as 14:30",
			"facilitators", "Choose 1 or 2", "place", "Give a room or a video link, one of the two");

	private static final Map<String, String> NOTICES = Map.of("contacted",
			"Contact outside the platform recorded. The case is closed and off the worklist.", "closed",
			"The case is closed and off the worklist.", "scheduled",
			"The team debrief is scheduled. Matching is choosing its facilitators and will invite the team.");

	private final CaseFiles files;

	private final CaseActions actions;

	private final TeamDebriefs debriefs;

	private final CaseModels models;

	private final DirectoryPeople people;

	private final ConsolePages pages;

	private final Clock clock;

	CasePageController(CaseFiles files, CaseActions actions, TeamDebriefs debriefs, CaseModels models,
			DirectoryPeople people, ConsolePages pages, Clock clock) {
		this.files = files;
		this.actions = actions;
		this.debriefs = debriefs;
		this.models = models;
		this.people = people;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/console/cases/{caseId}")
	Mono<ResponseEntity<String>> show(Actor administrator, ServerWebExchange exchange, @PathVariable String caseId,
			@RequestParam(required = false) String done) {
		Predicate<String> covered = AdministratorScope.facilities(administrator);
		return render(exchange, caseId, covered, HttpStatus.OK, ConsoleForm.empty(), Map.of(),
				(done != null) ? NOTICES.get(done) : null, null);
	}

	@PostMapping("/console/cases/{caseId}/outside-contact")
	Mono<ResponseEntity<String>> outsideContact(Actor administrator, ServerWebExchange exchange,
			@PathVariable String caseId) {
		Predicate<String> covered = AdministratorScope.facilities(administrator);
		return act(exchange, caseId, covered, "contacted", (form) -> {
			var how = CaseActionRequests.outsideContact(FormFields.of(form, Set.of()));
			UUID id = CaseActionRequests.caseId(caseId);
			return () -> this.actions.recordOutsideContact(id, how, administrator.auditName(), covered);
		});
	}

	@PostMapping("/console/cases/{caseId}/closure")
	Mono<ResponseEntity<String>> close(Actor administrator, ServerWebExchange exchange, @PathVariable String caseId) {
		Predicate<String> covered = AdministratorScope.facilities(administrator);
		return act(exchange, caseId, covered, "closed", (form) -> {
			var reason = CaseActionRequests.closure(FormFields.of(form, Set.of()));
			UUID id = CaseActionRequests.caseId(caseId);
			return () -> this.actions.close(id, reason, administrator.auditName(), covered);
		});
	}

	/**
	 * The team debrief proposed on this case, scheduled with the API's reader: the form's
	 * local date and time is sent on as the instant it names.
	 */
	@PostMapping("/console/cases/{caseId}/team-debrief/{debriefId}")
	Mono<ResponseEntity<String>> scheduleDebrief(Actor administrator, ServerWebExchange exchange,
			@PathVariable String caseId, @PathVariable String debriefId) {
		Predicate<String> covered = AdministratorScope.facilities(administrator);
		return act(exchange, caseId, covered, "scheduled", (form) -> {
			UUID id = CaseActionRequests.caseId(caseId);
			UUID debrief = DebriefRequests.debriefId(debriefId);
			ObjectNode body = FormFields.of(form, Set.of());
			Instant startsAt = this.models.times().fromField(form.getFirst("startsAt"));
			if (startsAt != null) {
				body.put("startsAt", startsAt.toString());
			}
			if (body.has("facilitators") && body.get("facilitators").asString().matches("[12]")) {
				body.put("facilitators", Integer.parseInt(body.get("facilitators").asString()));
			}
			DebriefPlan plan = DebriefRequests.plan(body, this.clock.instant());
			return () -> {
				boolean ofThisCase = this.debriefs.forCase(id, covered)
					.stream()
					.anyMatch((d) -> d.debriefId().equals(debrief.toString()));
				if (!ofThisCase) {
					throw new NotFoundException("No team debrief " + debrief + " on case " + id);
				}
				return this.debriefs.schedule(debrief, plan, administrator.auditName(), covered);
			};
		});
	}

	/**
	 * Reads the form (a refused one is shown again with its problems, 400), then acts and
	 * sees the case again with a notice (303); a case closed meanwhile is shown with a
	 * warning (409), one that is not the administrator's is not found (404).
	 */
	private Mono<ResponseEntity<String>> act(ServerWebExchange exchange, String caseId, Predicate<String> covered,
			String done, Function<MultiValueMap<String, String>, java.util.concurrent.Callable<?>> read) {
		return exchange.getFormData().flatMap((form) -> {
			java.util.concurrent.Callable<?> action;
			try {
				action = read.apply(form);
			}
			catch (InvalidInputException ex) {
				return render(exchange, caseId, covered, HttpStatus.BAD_REQUEST, ConsoleForm.refused(plain(ex)),
						form.toSingleValueMap(), null, null);
			}
			return Blocking.call(action)
				.map((ignored) -> ConsolePages.seeOther("/console/cases/" + caseId + "?done=" + done))
				.onErrorResume(ConflictException.class,
						(ex) -> render(exchange, caseId, covered, HttpStatus.CONFLICT, ConsoleForm.empty(), Map.of(),
								null, "Nothing was changed: " + ex.getMessage() + "."))
				.onErrorResume(NotFoundException.class, (ex) -> missing(exchange));
		});
	}

	private Mono<ResponseEntity<String>> render(ServerWebExchange exchange, String caseId, Predicate<String> covered,
			HttpStatus status, ConsoleForm form, Map<String, String> sent, String notice, String warning) {
		UUID id;
		try {
			id = UUID.fromString(caseId);
		}
		catch (IllegalArgumentException ex) {
			return missing(exchange);
		}
		return Blocking.call(() -> this.files.find(id, covered).map((file) -> {
			var named = this.people
				.of(Stream.of(file.view().staffId(), file.view().supporterId()).filter(Objects::nonNull).toList());
			Map<String, Object> model = this.models.page(file, named, this.debriefs.forCase(id, covered), form, sent);
			if (notice != null) {
				model.put("notice", notice);
			}
			if (warning != null) {
				model.put("warning", warning);
			}
			return model;
		}))
			.flatMap((found) -> found.isEmpty() ? missing(exchange) : this.pages.page(exchange, ConsoleSection.WORKLIST,
					status, (String) found.get().get("title"), BODY, found.get()));
	}

	private Mono<ResponseEntity<String>> missing(ServerWebExchange exchange) {
		return this.pages.page(exchange, ConsoleSection.WORKLIST, HttpStatus.NOT_FOUND, "Case not found", MISSING,
				Map.of());
	}

	private static List<FieldProblem> plain(InvalidInputException ex) {
		return ex.problems()
			.stream()
			.map((p) -> (PLAIN.containsKey(p.field()) && TECHNICAL.matcher(p.reason()).matches())
					? new FieldProblem(p.field(), PLAIN.get(p.field())) : p)
			.toList();
	}

}
