package org.peersupport.outreach.console.policy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.peersupport.console.ConsoleForm;
import org.peersupport.console.ConsolePages;
import org.peersupport.console.ConsoleSection;
import org.peersupport.console.ConsoleTemplates;
import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.outreach.policy.OutreachPolicies;
import org.peersupport.outreach.policy.OutreachPolicy;
import org.peersupport.outreach.policy.PolicyReader;
import org.peersupport.outreach.policy.PolicyVersion;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The console's policy page: the facility's outreach policy as a form, saved through the
 * same reader as {@code PUT /api/v1/policy} (a refused form changes nothing: the old
 * version stays in force), and "what would happen" for a report, from the saved policy or
 * the one being edited.
 */
@Controller
class ConsolePolicyController {

	static final String PATH = "/console/policy";

	private static final String NEAR_MISS = "NEAR_MISS";

	private final OutreachPolicies policies;

	private final ConsoleFacilities facilities;

	private final ConsolePages pages;

	private final Clock clock;

	private final ActorNames names;

	ConsolePolicyController(OutreachPolicies policies, ConsoleFacilities facilities, ConsolePages pages, Clock clock,
			ActorNames names) {
		this.policies = policies;
		this.facilities = facilities;
		this.pages = pages;
		this.clock = clock;
		this.names = names;
	}

	@GetMapping(PATH)
	Mono<ResponseEntity<String>> policy(Actor administrator, ServerWebExchange exchange,
			@RequestParam(required = false) String facility, @RequestParam(required = false) String other,
			@RequestParam(required = false) String done) {
		String where = this.facilities.chosen(administrator, facility, other);
		return Blocking.call(() -> {
			Map<String, Object> model = model(administrator, where);
			OutreachPolicy policy = this.policies.forFacility(where);
			form(model, ConsoleForm.empty(), PolicyForm.values(policy), defaultScenario());
			if ("saved".equals(done)) {
				model.put("notice", "Policy saved: it is in force from now on.");
			}
			return model;
		}).flatMap((model) -> page(exchange, HttpStatus.OK, model));
	}

	@PostMapping(PATH)
	Mono<ResponseEntity<String>> save(Actor administrator, ServerWebExchange exchange) {
		return ConsoleFacilities.form(exchange).flatMap((form) -> {
			String where = this.facilities.chosen(administrator, form.getFirst("facility"), null);
			boolean preview = "preview".equals(form.getFirst("action"));
			return Blocking.call(() -> preview ? preview(administrator, where, form) : save(administrator, where, form))
				.flatMap((answer) -> (answer.location() != null) ? Mono.just(ConsolePages.seeOther(answer.location()))
						: page(exchange, answer.status(), answer.model()));
		});
	}

	private Answer save(Actor administrator, String where, MultiValueMap<String, String> form) {
		PolicyForm.Converted converted = PolicyForm.read(form);
		List<FieldProblem> problems = problems(converted);
		if (problems.isEmpty()) {
			try {
				// Who changed it comes from the session, never from the form.
				this.policies.replace(where, administrator.auditName(), converted.json());
				return Answer.seeOther(address(PATH, where) + "&done=saved");
			}
			catch (InvalidInputException ex) {
				problems = converted.onForm(ex.problems());
			}
		}
		Map<String, Object> model = model(administrator, where);
		form(model, ConsoleForm.refused(problems), form, scenario(form, new ArrayList<>()));
		return Answer.page(HttpStatus.BAD_REQUEST, model);
	}

	private Answer preview(Actor administrator, String where, MultiValueMap<String, String> form) {
		List<FieldProblem> problems = new ArrayList<>();
		PolicyPreview.Scenario scenario = scenario(form, problems);
		OutreachPolicy policy = this.policies.forFacility(where);
		boolean edited = form.containsKey("preview.edited");
		if (edited) {
			PolicyForm.Converted converted = PolicyForm.read(form);
			List<FieldProblem> policyProblems = problems(converted);
			problems.addAll(policyProblems);
			policy = policyProblems.isEmpty() ? PolicyReader.read(converted.json()).policy() : null;
		}
		Map<String, Object> model = model(administrator, where);
		form(model, problems.isEmpty() ? ConsoleForm.empty() : ConsoleForm.refused(problems), form, scenario);
		if (!problems.isEmpty()) {
			return Answer.page(HttpStatus.BAD_REQUEST, model);
		}
		model.put("outcome", PolicyPreview.of(policy, scenario, this.clock.instant()));
		model.put("outcomeOf", edited ? "the policy as edited here (not saved)" : "the policy in force");
		model.put("notice", edited ? "Preview of your edits: nothing is saved until you press Save." : null);
		return Answer.page(HttpStatus.OK, model);
	}

	/** The form's and the reader's problems together: the reader is the API's. */
	private static List<FieldProblem> problems(PolicyForm.Converted converted) {
		try {
			PolicyReader.read(converted.json());
			return converted.onForm(List.of());
		}
		catch (InvalidInputException ex) {
			return converted.onForm(ex.problems());
		}
	}

	private Map<String, Object> model(Actor administrator, String where) {
		Map<String, Object> model = new HashMap<>();
		PolicyVersion version = this.policies.current(where);
		model.put("facility", (where != null) ? where : "");
		model.put("facilityName", ConsoleFacilities.name(where));
		model.put("choices", this.facilities.choices(administrator, where));
		model.put("unlimited", ConsoleFacilities.unlimited(administrator));
		model.put("version", version.version());
		model.put("builtIn", version.version() == 0);
		model.put("inherited", version.inherited());
		if (version.changedAt() != null) {
			model.put("changed", "by " + this.names.of(version.changedBy()) + ", "
					+ PlainWords.dateTime(version.changedAt(), this.policies.forFacility(where).contact().zone()));
		}
		model.put("historyHref", address(PATH + "/history", where));
		return model;
	}

	private static void form(Map<String, Object> model, ConsoleForm form, MultiValueMap<String, String> values,
			PolicyPreview.Scenario scenario) {
		model.put("form", form);
		model.put("policySections", PolicyPage.sections(form, values));
		Map<String, Object> preview = new HashMap<>();
		MultiValueMap<String, String> chosen = new LinkedMultiValueMap<>();
		chosen.add("preview.harm", (scenario.harm() != null) ? scenario.harm().name() : NEAR_MISS);
		chosen.add("preview.category", (scenario.category() != null) ? scenario.category().name() : "");
		chosen.add("preview.day", scenario.day().name());
		List<PolicyForm.Option> harms = new ArrayList<>(PolicyForm.harmOptions());
		harms.add(new PolicyForm.Option(NEAR_MISS, "Near miss (nobody harmed)"));
		List<PolicyForm.Option> categories = new ArrayList<>();
		categories.add(new PolicyForm.Option("", "None given"));
		categories.addAll(PolicyForm.categoryOptions());
		preview.put("harm", form.field("preview.harm", "Harm", ""));
		preview.put("harms", PolicyPage.options(harms, chosen.get("preview.harm")));
		preview.put("category", form.field("preview.category", "Kind of event", ""));
		preview.put("categories", PolicyPage.options(categories, chosen.get("preview.category")));
		preview.put("day", form.field("preview.day", "Day reported", ""));
		preview.put("days",
				PolicyPage.options(Arrays.stream(DayOfWeek.values())
					.map((day) -> new PolicyForm.Option(day.name(),
							PlainWords.capitalised(day.name().toLowerCase(Locale.ROOT))))
					.toList(), chosen.get("preview.day")));
		preview.put("time", form.field("preview.time", "Time reported", PlainWords.time(scenario.time())));
		preview.put("involved", form.field("preview.involved", "People involved", String.valueOf(scenario.involved())));
		preview.put("edited", values.containsKey("preview.edited"));
		model.put("preview", preview);
	}

	private static PolicyPreview.Scenario defaultScenario() {
		return new PolicyPreview.Scenario(HarmLevel.SEVERE, null, DayOfWeek.MONDAY, LocalTime.of(23, 10), 1);
	}

	/** The preview's choices; a bad one is a problem on its field. */
	static PolicyPreview.Scenario scenario(MultiValueMap<String, String> form, List<FieldProblem> problems) {
		PolicyPreview.Scenario fallback = defaultScenario();
		String harm = form.getFirst("preview.harm");
		HarmLevel level = fallback.harm();
		if (NEAR_MISS.equals(harm)) {
			level = null;
		}
		else if (harm != null) {
			level = constant(HarmLevel.class, harm, "preview.harm", problems, level);
		}
		String category = form.getFirst("preview.category");
		EventCategory kind = (category == null || category.isBlank()) ? null
				: constant(EventCategory.class, category, "preview.category", problems, null);
		DayOfWeek day = constant(DayOfWeek.class, form.getFirst("preview.day"), "preview.day", problems,
				fallback.day());
		LocalTime time = fallback.time();
		String at = form.getFirst("preview.time");
		if (at != null) {
			try {
				time = LocalTime.parse(at.trim());
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem("preview.time", "must be a time of day, such as 23:10"));
			}
		}
		int involved = fallback.involved();
		String people = form.getFirst("preview.involved");
		if (people != null) {
			try {
				involved = Integer.parseInt(people.trim());
				if (involved < 1 || involved > 500) {
					problems.add(new FieldProblem("preview.involved", "must be between 1 and 500"));
					involved = fallback.involved();
				}
			}
			catch (NumberFormatException ex) {
				problems.add(new FieldProblem("preview.involved", "must be a whole number, such as 3"));
			}
		}
		return new PolicyPreview.Scenario(level, kind, day, time, involved);
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String value, String field,
			List<FieldProblem> problems, E fallback) {
		if (value == null) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(field, "is not one of the choices"));
			return fallback;
		}
	}

	static String address(String path, String facility) {
		return UriComponentsBuilder.fromPath(path)
			.queryParam("facility", (facility != null) ? facility : "")
			.build()
			.encode()
			.toUriString();
	}

	private Mono<ResponseEntity<String>> page(ServerWebExchange exchange, HttpStatus status,
			Map<String, Object> model) {
		return this.pages.page(exchange, ConsoleSection.POLICY, status, "Outreach policy",
				ConsoleTemplates.body("policy/policy"), model);
	}

	/** A page to show, or where to go after a save. */
	private record Answer(HttpStatus status, Map<String, Object> model, String location) {

		static Answer page(HttpStatus status, Map<String, Object> model) {
			return new Answer(status, model, null);
		}

		static Answer seeOther(String location) {
			return new Answer(HttpStatus.SEE_OTHER, null, location);
		}

	}

}
