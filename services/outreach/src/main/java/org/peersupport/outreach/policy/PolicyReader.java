package org.peersupport.outreach.policy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

/**
 * Reads and validates a policy. Every problem is reported at once, each naming its field,
 * so an administrator fixes a policy in one round trip; nothing partial is ever accepted.
 */
public final class PolicyReader {

	static final JsonMapper STRICT = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private static final Duration LONGEST = Duration.ofDays(90);

	private final List<FieldProblem> problems = new ArrayList<>();

	private PolicyReader() {
	}

	/**
	 * Parses and validates policy JSON.
	 * @throws InvalidInputException naming every bad field
	 */
	public static Read read(String json) {
		PolicyDocument document;
		try {
			document = STRICT.readValue(json, PolicyDocument.class);
		}
		catch (UnrecognizedPropertyException ex) {
			throw new InvalidInputException(path(ex), "is not a policy field");
		}
		catch (DatabindException ex) {
			throw new InvalidInputException(path(ex), "has the wrong type");
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("body", "is not readable JSON");
		}
		if (document == null) {
			throw new InvalidInputException("body", "is required");
		}
		return new Read(document, validate(document));
	}

	/** Validates a document already parsed. */
	public static OutreachPolicy validate(PolicyDocument document) {
		PolicyReader reader = new PolicyReader();
		OutreachPolicy policy = reader.policy(document);
		if (!reader.problems.isEmpty()) {
			throw new InvalidInputException(reader.problems);
		}
		return policy;
	}

	private OutreachPolicy policy(PolicyDocument d) {
		ZoneId zone = zone(d.timeZone());
		PolicyDocument.Windows windows = d.windows();
		Map<HarmLevel, Duration> harmWindows = new EnumMap<>(HarmLevel.class);
		Map<EventCategory, Duration> categoryWindows = new EnumMap<>(EventCategory.class);
		Duration nearMiss = null;
		if (windows == null) {
			problem("windows", "is required");
		}
		else {
			harmWindows = harmWindows(windows.byHarm());
			categoryWindows = categoryWindows(windows.byCategory());
			nearMiss = duration("windows.nearMiss", windows.nearMiss(), true, false);
		}
		Duration acceptWithin = duration("acceptWithin", d.acceptWithin(), true, true);
		OutreachPolicy.LocalTimeRange quiet = quietHours(d.quietHours());
		Duration rest = optional("restAfterNightShift", d.restAfterNightShift());
		Set<HarmLevel> urgentHarm = EnumSet.noneOf(HarmLevel.class);
		boolean urgentHighImpact = false;
		if (d.urgent() != null) {
			urgentHarm = harmLevels("urgent.harm", d.urgent().harm());
			urgentHighImpact = Boolean.TRUE.equals(d.urgent().highImpact());
		}
		List<Duration> followUps = followUps(d.followUps());
		Duration respondWithin = duration("followUpRespondWithin", d.followUpRespondWithin(), true, true);
		Duration requested = duration("requestedFollowUpAfter", d.requestedFollowUpAfter(), true, true);
		Duration milestoneLead = optional("milestoneLeadTime", d.milestoneLeadTime());
		OutreachPolicy.Scope scope = scope(d.eligibility());
		int threshold = 0;
		if (d.teamDebriefThreshold() == null) {
			problem("teamDebriefThreshold", "is required");
		}
		else if (d.teamDebriefThreshold() < 2) {
			problem("teamDebriefThreshold", "must be at least 2");
		}
		else {
			threshold = d.teamDebriefThreshold();
		}
		Duration lead = optional("escalationLeadTime", d.escalationLeadTime());
		Duration grace = optional("expiryGrace", d.expiryGrace());
		return new OutreachPolicy(zone, harmWindows, categoryWindows, nearMiss, acceptWithin, quiet, rest, urgentHarm,
				urgentHighImpact, followUps, respondWithin, requested, milestoneLead, scope, threshold, lead, grace);
	}

	private ZoneId zone(String text) {
		if (text == null || text.isBlank()) {
			problem("timeZone", "is required");
			return ZoneId.of("UTC");
		}
		try {
			return ZoneId.of(text);
		}
		catch (RuntimeException ex) {
			problem("timeZone", "must be a time zone id such as America/New_York");
			return ZoneId.of("UTC");
		}
	}

	private Map<HarmLevel, Duration> harmWindows(List<PolicyDocument.HarmWindow> rules) {
		Map<HarmLevel, Duration> windows = new EnumMap<>(HarmLevel.class);
		Map<HarmLevel, Integer> ruleOf = new EnumMap<>(HarmLevel.class);
		if (rules == null || rules.isEmpty()) {
			problem("windows.byHarm", "is required: one window per harm level");
			return windows;
		}
		for (int i = 0; i < rules.size(); i++) {
			String at = "windows.byHarm[" + i + "]";
			PolicyDocument.HarmWindow rule = rules.get(i);
			if (rule == null || rule.harm() == null || rule.harm().isEmpty()) {
				problem(at + ".harm", "is required");
				continue;
			}
			Duration within = duration(at + ".within", rule.within(), true, false);
			for (int j = 0; j < rule.harm().size(); j++) {
				HarmLevel level = harm(at + ".harm[" + j + "]", rule.harm().get(j));
				if (level == null) {
					continue;
				}
				if (ruleOf.containsKey(level)) {
					problem(at + ".harm[" + j + "]",
							level + " overlaps windows.byHarm[" + ruleOf.get(level) + "]: each level has one window");
					continue;
				}
				ruleOf.put(level, i);
				if (within != null) {
					windows.put(level, within);
				}
			}
		}
		Set<HarmLevel> missing = new LinkedHashSet<>(List.of(HarmLevel.values()));
		missing.removeAll(ruleOf.keySet());
		if (!missing.isEmpty()) {
			problem("windows.byHarm", "has no window for " + missing);
		}
		checkSeverityOrder(windows);
		return windows;
	}

	/**
	 * A more severe harm never waits longer than a milder one; UNKNOWN stands apart.
	 */
	private void checkSeverityOrder(Map<HarmLevel, Duration> windows) {
		HarmLevel previous = null;
		for (HarmLevel level : List.of(HarmLevel.DEATH, HarmLevel.SEVERE, HarmLevel.MODERATE, HarmLevel.MILD,
				HarmLevel.NO_HARM)) {
			Duration window = windows.get(level);
			if (window == null) {
				continue;
			}
			if (previous != null && windows.get(previous).compareTo(window) > 0) {
				problem("windows.byHarm", previous + " (" + windows.get(previous) + ") must not wait longer than "
						+ level + " (" + window + ")");
			}
			previous = level;
		}
	}

	private Map<EventCategory, Duration> categoryWindows(List<PolicyDocument.CategoryWindow> rules) {
		Map<EventCategory, Duration> windows = new EnumMap<>(EventCategory.class);
		if (rules == null) {
			return windows;
		}
		Set<EventCategory> seen = new HashSet<>();
		for (int i = 0; i < rules.size(); i++) {
			String at = "windows.byCategory[" + i + "]";
			PolicyDocument.CategoryWindow rule = rules.get(i);
			if (rule == null || rule.category() == null || rule.category().isEmpty()) {
				problem(at + ".category", "is required");
				continue;
			}
			Duration within = duration(at + ".within", rule.within(), true, false);
			for (int j = 0; j < rule.category().size(); j++) {
				String field = at + ".category[" + j + "]";
				EventCategory category = enumValue(EventCategory.class, rule.category().get(j));
				if (category == null) {
					problem(field, "must be one of " + List.of(EventCategory.values()));
				}
				else if (!seen.add(category)) {
					problem(field, category + " overlaps an earlier category window");
				}
				else if (within != null) {
					windows.put(category, within);
				}
			}
		}
		return windows;
	}

	private OutreachPolicy.LocalTimeRange quietHours(PolicyDocument.QuietHours quiet) {
		if (quiet == null) {
			return null;
		}
		LocalTime start = time("quietHours.start", quiet.start());
		LocalTime end = time("quietHours.end", quiet.end());
		if (start != null && end != null && start.equals(end)) {
			problem("quietHours.end", "must differ from quietHours.start");
		}
		return (start != null && end != null) ? new OutreachPolicy.LocalTimeRange(start, end) : null;
	}

	private List<Duration> followUps(List<String> offsets) {
		List<Duration> result = new ArrayList<>();
		if (offsets == null) {
			return result;
		}
		for (int i = 0; i < offsets.size(); i++) {
			Duration offset = duration("followUps[" + i + "]", offsets.get(i), true, true);
			if (offset != null && result.contains(offset)) {
				problem("followUps[" + i + "]", "repeats an earlier offset");
			}
			else if (offset != null) {
				result.add(offset);
			}
		}
		result.sort(null);
		return result;
	}

	private OutreachPolicy.Scope scope(PolicyDocument.Eligibility eligibility) {
		if (eligibility == null || eligibility.scope() == null) {
			problem("eligibility.scope", "is required: ALL_CLINICAL_STAFF, PHYSICIANS_ONLY or ROLES");
			return new OutreachPolicy.Scope("ALL_CLINICAL_STAFF", Set.of());
		}
		String kind = eligibility.scope().trim().toUpperCase(Locale.ROOT);
		Set<String> roles = (eligibility.roles() == null) ? Set.of()
				: eligibility.roles()
					.stream()
					.filter((r) -> r != null && !r.isBlank())
					.map((r) -> r.trim().toUpperCase(Locale.ROOT))
					.collect(Collectors.toUnmodifiableSet());
		switch (kind) {
			case "ALL_CLINICAL_STAFF" -> {
				return new OutreachPolicy.Scope(kind, Set.of());
			}
			case "PHYSICIANS_ONLY" -> {
				return new OutreachPolicy.Scope(kind, OutreachPolicy.PHYSICIAN_ROLES);
			}
			case "ROLES" -> {
				if (roles.isEmpty()) {
					problem("eligibility.roles", "must name at least one role when the scope is ROLES");
				}
				return new OutreachPolicy.Scope(kind, roles);
			}
			default -> {
				problem("eligibility.scope", "must be ALL_CLINICAL_STAFF, PHYSICIANS_ONLY or ROLES");
				return new OutreachPolicy.Scope("ALL_CLINICAL_STAFF", Set.of());
			}
		}
	}

	private Set<HarmLevel> harmLevels(String field, List<String> names) {
		Set<HarmLevel> levels = EnumSet.noneOf(HarmLevel.class);
		if (names == null) {
			return levels;
		}
		for (int i = 0; i < names.size(); i++) {
			HarmLevel level = harm(field + "[" + i + "]", names.get(i));
			if (level != null) {
				levels.add(level);
			}
		}
		return levels;
	}

	private HarmLevel harm(String field, String name) {
		HarmLevel level = enumValue(HarmLevel.class, name);
		if (level == null) {
			problem(field, "is not a harm level; use one of " + List.of(HarmLevel.values()));
		}
		return level;
	}

	private Duration optional(String field, String text) {
		return (text == null) ? Duration.ZERO : duration(field, text, false, false);
	}

	private Duration duration(String field, String text, boolean required, boolean positive) {
		if (text == null || text.isBlank()) {
			if (required) {
				problem(field, "is required");
			}
			return null;
		}
		Duration duration;
		try {
			duration = Duration.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			problem(field, "must be an ISO-8601 duration such as PT24H or P3D");
			return null;
		}
		if (duration.isNegative()) {
			problem(field, "must not be negative");
			return null;
		}
		if (positive && duration.isZero()) {
			problem(field, "must be longer than zero");
			return null;
		}
		if (duration.compareTo(LONGEST) > 0) {
			problem(field, "must not exceed " + LONGEST.toDays() + " days");
			return null;
		}
		return duration;
	}

	private LocalTime time(String field, String text) {
		if (text == null) {
			problem(field, "is required");
			return null;
		}
		try {
			return LocalTime.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			problem(field, "must be a time of day such as 21:00");
			return null;
		}
	}

	private void problem(String field, String reason) {
		this.problems.add(new FieldProblem(field, reason));
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
		if (name == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String path(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return (path.length() > 0) ? path.toString() : "body";
	}

	/**
	 * A policy read from JSON, with the document kept as it was written (for storage and
	 * the audit).
	 */
	public record Read(PolicyDocument document, OutreachPolicy policy) {
	}

}
