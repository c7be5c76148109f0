package org.peersupport.outreach.console.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.outreach.policy.OutreachPolicy;
import org.peersupport.web.FieldProblem;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The outreach policy as a form: every field of the policy document, in plain units (a
 * number and hours, minutes or days for a duration). The form is turned back into the
 * policy document and read by the same {@code PolicyReader} as the API, so the form and
 * {@code PUT /api/v1/policy} refuse alike; the reader's field paths
 * ({@code windows.byHarm[1].within}) are mapped back to the form's fields so each problem
 * shows next to what the administrator typed.
 */
final class PolicyForm {

	/** Blank rows for follow-ups beyond the policy's own, up to this many in all. */
	static final int FOLLOW_UP_ROWS = 5;

	static final String BODY = "body";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	enum Kind {

		TEXT, TIME, DURATION, NUMBER, CHOICES, FLAG, SCOPE

	}

	record Option(String value, String label) {
	}

	/** One field: its name (the form's), label, hint, kind and choices. */
	record Spec(String name, String label, String hint, Kind kind, List<Option> options) {

		Spec(String name, String label, String hint, Kind kind) {
			this(name, label, hint, kind, List.of());
		}

	}

	/**
	 * A part of the form, a fieldset. {@code group} is the reader's name for the whole
	 * part ({@code windows.byHarm}), whose problems show under its heading.
	 */
	record Section(String heading, String group, List<Spec> fields) {
	}

	static final List<Section> SECTIONS = sections();

	private static final Map<String, Spec> BY_NAME = SECTIONS.stream()
		.flatMap((section) -> section.fields().stream())
		.collect(Collectors.toMap(Spec::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));

	private PolicyForm() {
	}

	private static List<Section> sections() {
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("When people may be contacted", "quietHours", List.of(
				new Spec("timeZone", "Time zone",
						"The facility's time zone, such as America/New_York. Quiet hours are read in it.", Kind.TEXT),
				new Spec("quietHours.start", "Quiet hours begin",
						"Nobody is contacted in quiet hours, except for urgent cases. Leave both times empty for no quiet hours.",
						Kind.TIME),
				new Spec("quietHours.end", "Quiet hours end",
						"The first time of day when people may be contacted again.", Kind.TIME),
				new Spec("restAfterNightShift", "Rest after a night shift",
						"How long someone coming off a night shift is left alone. 0 for no rest.", Kind.DURATION))));
		List<Spec> windows = new ArrayList<>();
		for (HarmLevel level : HarmLevel.values()) {
			windows.add(new Spec(harmWindow(level), PlainWords.capitalised(PlainWords
				.harm(level)), (level == HarmLevel.DEATH)
						? "A supporter must have accepted within this time of the report. 0 means as soon as possible."
						: null,
					Kind.DURATION));
		}
		windows.add(new Spec("windows.nearMiss", "Near miss", "An event that harmed nobody.", Kind.DURATION));
		windows.add(new Spec("acceptWithin", "Time supporters get to accept an offer",
				"A window never ends sooner than this after the report.", Kind.DURATION));
		sections.add(new Section("How soon after a report a supporter must have accepted", "windows.byHarm", windows));
		List<Spec> categories = new ArrayList<>();
		for (EventCategory category : EventCategory.values()) {
			categories.add(new Spec(categoryWindow(category), PlainWords.capitalised(PlainWords.category(category)),
					(category == EventCategory.values()[0])
							? "Leave empty for none. A category's window applies when it is shorter than the harm's."
							: null,
					Kind.DURATION));
		}
		sections.add(new Section("Shorter windows for some kinds of event", "windows.byCategory", categories));
		sections.add(new Section("Urgent cases", "urgent", List
			.of(new Spec("urgent.harm", "Harm levels offered at once, whatever the hour",
					"Quiet hours, rest after a night shift and a person's own contact hours do not hold these back. "
							+ "A near miss is never urgent.",
					Kind.CHOICES, harmOptions()),
					new Spec("urgent.highImpact", "Offer high-impact events at once too",
							"Patient death, resuscitation and violence against staff.", Kind.FLAG))));
		List<Spec> followUps = new ArrayList<>();
		for (int row = 0; row < FOLLOW_UP_ROWS; row++) {
			followUps.add(new Spec(followUp(row), "Follow-up " + (row + 1), (row == 0)
					? "After the first check-in that reached the person. Leave empty for fewer follow-ups." : null,
					Kind.DURATION));
		}
		followUps.add(new Spec("followUpRespondWithin", "A follow-up counts as missed after",
				"How long a follow-up may wait for the supporter.", Kind.DURATION));
		followUps.add(new Spec("requestedFollowUpAfter", "A follow-up the person asked for is due after", null,
				Kind.DURATION));
		followUps.add(new Spec("milestoneLeadTime", "A milestone's follow-up is due this long before it", null,
				Kind.DURATION));
		sections.add(new Section("Follow-ups", "followUps", followUps));
		sections.add(new Section("Warnings and deadlines", null,
				List.of(new Spec("escalationLeadTime", "Warn the administrator this long before a window ends",
						"0 for no warning.", Kind.DURATION),
						new Spec("expiryGrace", "Keep an unreached case open after its window for",
								"Then it closes as not reached.", Kind.DURATION))));
		sections.add(new Section("Who is contacted", "eligibility", List.of(
				new Spec("eligibility.scope", "Contact", null, Kind.SCOPE,
						List.of(new Option("ALL_CLINICAL_STAFF", "All clinical staff"), new Option("PHYSICIANS_ONLY",
								"Physicians only"), new Option("ROLES", "Only the roles listed below"))),
				new Spec("eligibility.roles", "Roles contacted",
						"Only when contacting the roles listed: separate them with commas, such as RN, RT.",
						Kind.TEXT))));
		sections.add(new Section("Team debriefs", null, List.of(
				new Spec("teamDebriefThreshold", "People involved in one event that make a team debrief proposed",
						"At least 2.", Kind.NUMBER),
				new Spec("teamDebriefCategories", "Kinds of event that propose a team debrief with two people or more",
						null, Kind.CHOICES, categoryOptions()),
				new Spec("teamDebriefLeadTime", "Remind the administrator when a proposed debrief is unscheduled after",
						"Leave empty for 24 hours.", Kind.DURATION))));
		sections.add(new Section("When a person asks for a check-in themselves", "selfRequest",
				List.of(new Spec("selfRequest.today", "A request for today must be accepted within",
						"Also used when they choose nothing.", Kind.DURATION),
						new Spec("selfRequest.thisWeek", "A request for this week must be accepted within", null,
								Kind.DURATION))));
		sections.add(new Section("Records", "retention",
				List.of(new Spec("retention.afterClose", "Delete a closed case's identifiable records after",
						"At least 1 day, at most 365 days, and never sooner than the last follow-up.",
						Kind.DURATION))));
		return List.copyOf(sections);
	}

	static String harmWindow(HarmLevel level) {
		return "windows.harm." + level.name();
	}

	static String categoryWindow(EventCategory category) {
		return "windows.category." + category.name();
	}

	static String followUp(int row) {
		return "followUps[" + row + "]";
	}

	static List<Option> harmOptions() {
		return Arrays.stream(HarmLevel.values())
			.map((level) -> new Option(level.name(), PlainWords.capitalised(PlainWords.harm(level))))
			.toList();
	}

	static List<Option> categoryOptions() {
		return Arrays.stream(EventCategory.values())
			.map((category) -> new Option(category.name(), PlainWords.capitalised(PlainWords.category(category))))
			.toList();
	}

	/** Every label by field and group name, for the problems' words. */
	static Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		BY_NAME.forEach((name, spec) -> labels.put(name, spec.label()));
		for (Section section : SECTIONS) {
			if (section.group() != null) {
				labels.putIfAbsent(section.group(), section.heading());
			}
		}
		labels.put("followUps", "follow-ups");
		labels.put(BODY, "The policy");
		return labels;
	}

	static Spec spec(String name) {
		return BY_NAME.get(name);
	}

	/** The form's values for a policy in force. */
	static MultiValueMap<String, String> values(OutreachPolicy policy) {
		MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
		values.add("timeZone", policy.contact().zone().getId());
		if (policy.contact().quietHours() != null) {
			values.add("quietHours.start", PlainWords.time(policy.contact().quietHours().start()));
			values.add("quietHours.end", PlainWords.time(policy.contact().quietHours().end()));
		}
		duration(values, "restAfterNightShift", policy.contact().restAfterNightShift());
		policy.windows().byHarm().forEach((level, window) -> duration(values, harmWindow(level), window));
		policy.windows().byCategory().forEach((category, window) -> duration(values, categoryWindow(category), window));
		duration(values, "windows.nearMiss", policy.windows().nearMiss());
		duration(values, "acceptWithin", policy.deadlines().acceptWithin());
		policy.urgent().harm().stream().sorted().forEach((level) -> values.add("urgent.harm", level.name()));
		if (policy.urgent().highImpact()) {
			values.add("urgent.highImpact", "true");
		}
		List<Duration> offsets = policy.followUps().offsets();
		for (int row = 0; row < offsets.size() && row < FOLLOW_UP_ROWS; row++) {
			duration(values, followUp(row), offsets.get(row));
		}
		duration(values, "followUpRespondWithin", policy.followUps().respondWithin());
		duration(values, "requestedFollowUpAfter", policy.followUps().requestedAfter());
		duration(values, "milestoneLeadTime", policy.followUps().milestoneLeadTime());
		duration(values, "escalationLeadTime", policy.deadlines().escalationLeadTime());
		duration(values, "expiryGrace", policy.deadlines().expiryGrace());
		values.add("eligibility.scope", policy.eligibility().kind());
		if ("ROLES".equals(policy.eligibility().kind())) {
			values.add("eligibility.roles", String.join(", ", policy.eligibility().roles().stream().sorted().toList()));
		}
		values.add("teamDebriefThreshold", String.valueOf(policy.teamDebrief().threshold()));
		policy.teamDebrief()
			.categories()
			.stream()
			.sorted()
			.forEach((category) -> values.add("teamDebriefCategories", category.name()));
		if (policy.teamDebrief().leadTime() != null) {
			duration(values, "teamDebriefLeadTime", policy.teamDebrief().leadTime());
		}
		duration(values, "selfRequest.today", policy.selfRequest().today());
		duration(values, "selfRequest.thisWeek", policy.selfRequest().thisWeek());
		duration(values, "retention.afterClose", policy.retention().afterClose());
		return values;
	}

	/** A duration as a whole number of the largest unit that fits. */
	private static void duration(MultiValueMap<String, String> values, String name, Duration duration) {
		long minutes = duration.toMinutes();
		// As PlainWords says it: "24 hours", "3 days".
		String unit = (minutes >= 2 * 24 * 60 && minutes % (24 * 60) == 0) ? "days"
				: (minutes % 60 == 0) ? "hours" : "minutes";
		long amount = switch (unit) {
			case "days" -> minutes / (24 * 60);
			case "hours" -> minutes / 60;
			default -> minutes;
		};
		values.set(name, String.valueOf(amount));
		values.set(unit(name), unit);
	}

	static String unit(String name) {
		return name + ".unit";
	}

	/**
	 * The form read back into the policy document, with the problems only the form can
	 * have (a duration that is not a number) and where each of the reader's paths is
	 * shown.
	 */
	static Converted read(MultiValueMap<String, String> form) {
		return new Conversion(form).convert();
	}

	/**
	 * @param json the policy document to give the reader
	 * @param problems what the form itself refused
	 * @param fields the form field of each document path the conversion wrote
	 */
	record Converted(String json, List<FieldProblem> problems, Map<String, String> fields) {

		/**
		 * The reader's problems on the form's fields, in plain words. A problem of a
		 * field the form already refused is left out: it would only repeat it.
		 */
		List<FieldProblem> onForm(List<FieldProblem> readerProblems) {
			Map<String, String> labels = labels();
			List<FieldProblem> all = new ArrayList<>(this.problems);
			Set<String> refused = this.problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
			for (FieldProblem problem : readerProblems) {
				String field = field(problem.field());
				if (!refused.contains(field)) {
					all.add(new FieldProblem(field, PlainWords.problem(problem.reason(), labels)));
				}
			}
			return all;
		}

		/** The form field of a document path: its own, its list's or its group's. */
		String field(String path) {
			String candidate = path;
			while (true) {
				String mapped = this.fields.get(candidate);
				if (mapped != null) {
					return mapped;
				}
				if (BY_NAME.containsKey(candidate) || labels().containsKey(candidate)) {
					return candidate;
				}
				int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
				if (cut <= 0) {
					return BODY;
				}
				candidate = candidate.substring(0, cut);
			}
		}

	}

	private static final class Conversion {

		private final MultiValueMap<String, String> form;

		private final List<FieldProblem> problems = new ArrayList<>();

		private final Map<String, String> fields = new LinkedHashMap<>();

		Conversion(MultiValueMap<String, String> form) {
			this.form = form;
		}

		Converted convert() {
			Map<String, Object> document = new LinkedHashMap<>();
			put(document, "timeZone", text("timeZone"));
			String start = text("quietHours.start");
			String end = text("quietHours.end");
			if (start != null || end != null) {
				Map<String, Object> quiet = new LinkedHashMap<>();
				put(quiet, "start", start);
				put(quiet, "end", end);
				document.put("quietHours", quiet);
			}
			put(document, "restAfterNightShift", duration("restAfterNightShift"));
			document.put("windows", windows());
			put(document, "acceptWithin", duration("acceptWithin"));
			Map<String, Object> urgent = new LinkedHashMap<>();
			urgent.put("harm", checked("urgent.harm"));
			urgent.put("highImpact", this.form.containsKey("urgent.highImpact"));
			document.put("urgent", urgent);
			List<String> followUps = new ArrayList<>();
			for (int row = 0; row < FOLLOW_UP_ROWS; row++) {
				String offset = duration(followUp(row));
				if (offset != null) {
					this.fields.put("followUps[" + followUps.size() + "]", followUp(row));
					followUps.add(offset);
				}
			}
			document.put("followUps", followUps);
			put(document, "followUpRespondWithin", duration("followUpRespondWithin"));
			put(document, "requestedFollowUpAfter", duration("requestedFollowUpAfter"));
			put(document, "milestoneLeadTime", duration("milestoneLeadTime"));
			Map<String, Object> eligibility = new LinkedHashMap<>();
			put(eligibility, "scope", text("eligibility.scope"));
			String roles = text("eligibility.roles");
			eligibility.put("roles", (roles == null) ? List.of()
					: Arrays.stream(roles.split(",")).map(String::trim).filter((r) -> !r.isEmpty()).toList());
			document.put("eligibility", eligibility);
			put(document, "teamDebriefThreshold", number("teamDebriefThreshold"));
			put(document, "escalationLeadTime", duration("escalationLeadTime"));
			put(document, "expiryGrace", duration("expiryGrace"));
			document.put("teamDebriefCategories", checked("teamDebriefCategories"));
			put(document, "teamDebriefLeadTime", duration("teamDebriefLeadTime"));
			Map<String, Object> selfRequest = new LinkedHashMap<>();
			put(selfRequest, "today", duration("selfRequest.today"));
			put(selfRequest, "thisWeek", duration("selfRequest.thisWeek"));
			document.put("selfRequest", selfRequest);
			Map<String, Object> retention = new LinkedHashMap<>();
			put(retention, "afterClose", duration("retention.afterClose"));
			document.put("retention", retention);
			return new Converted(JSON.writeValueAsString(document), List.copyOf(this.problems),
					Map.copyOf(this.fields));
		}

		/**
		 * One rule per harm level, in a fixed order, so that rule {@code k} is always the
		 * same level's; category rules only for the categories given a window.
		 */
		private Map<String, Object> windows() {
			Map<String, Object> windows = new LinkedHashMap<>();
			List<Map<String, Object>> byHarm = new ArrayList<>();
			for (HarmLevel level : HarmLevel.values()) {
				this.fields.put("windows.byHarm[" + byHarm.size() + "]", harmWindow(level));
				Map<String, Object> rule = new LinkedHashMap<>();
				rule.put("harm", List.of(level.name()));
				put(rule, "within", duration(harmWindow(level)));
				byHarm.add(rule);
			}
			windows.put("byHarm", byHarm);
			List<Map<String, Object>> byCategory = new ArrayList<>();
			for (EventCategory category : EventCategory.values()) {
				String within = duration(categoryWindow(category));
				if (within != null) {
					this.fields.put("windows.byCategory[" + byCategory.size() + "]", categoryWindow(category));
					byCategory.add(Map.of("category", List.of(category.name()), "within", within));
				}
			}
			windows.put("byCategory", byCategory);
			put(windows, "nearMiss", duration("windows.nearMiss"));
			return windows;
		}

		private static void put(Map<String, Object> object, String name, Object value) {
			if (value != null) {
				object.put(name, value);
			}
		}

		private String text(String name) {
			String value = this.form.getFirst(name);
			return (value == null || value.isBlank()) ? null : value.trim();
		}

		private List<String> checked(String name) {
			List<String> values = this.form.get(name);
			return (values == null) ? List.of() : values.stream().filter((v) -> !v.isBlank()).distinct().toList();
		}

		private Integer number(String name) {
			String value = text(name);
			if (value == null) {
				return null;
			}
			try {
				return Integer.valueOf(value);
			}
			catch (NumberFormatException ex) {
				this.problems.add(new FieldProblem(name, "must be a whole number, such as 4"));
				return null;
			}
		}

		/**
		 * A number and a unit as the document writes them ({@code PT90M}, {@code PT24H},
		 * {@code P3D}), or null when left empty.
		 */
		private String duration(String name) {
			String amount = text(name);
			if (amount == null) {
				return null;
			}
			long n;
			try {
				n = Long.parseLong(amount);
			}
			catch (NumberFormatException ex) {
				this.problems.add(new FieldProblem(name, "must be a whole number, such as 24"));
				return null;
			}
			if (n < 0) {
				this.problems.add(new FieldProblem(name, "must not be negative"));
				return null;
			}
			String unit = String.valueOf(text(unit(name))).toLowerCase(Locale.ROOT);
			return switch (unit) {
				case "minutes" -> "PT" + n + "M";
				case "days" -> "P" + n + "D";
				case "hours" -> "PT" + n + "H";
				default -> {
					this.problems.add(new FieldProblem(name, "needs a unit: minutes, hours or days"));
					yield null;
				}
			};
		}

	}

}
