package org.peersupport.outreach.policy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.web.FieldReader;

/**
 * Reads a policy's severity windows: exactly one window per harm level, more severe
 * levels never waiting longer than milder ones, and optional windows for categories.
 */
final class PolicyWindows {

	private static final int MAX_RULES = 50;

	private PolicyWindows() {
	}

	/** The windows, or null when they are missing (a problem is then recorded). */
	static OutreachPolicy.Windows read(FieldReader field) {
		FieldReader windows = field.object().required();
		if (windows == null) {
			return null;
		}
		PolicyReader.onlyFieldsOf(windows, PolicyDocument.Windows.class);
		Map<HarmLevel, Duration> byHarm = byHarm(windows.field("byHarm"));
		Map<EventCategory, Duration> byCategory = byCategory(windows.field("byCategory"));
		Duration nearMiss = PolicyDurations.bounded(windows.field("nearMiss")).required();
		return new OutreachPolicy.Windows(byHarm, byCategory, nearMiss);
	}

	private static Map<HarmLevel, Duration> byHarm(FieldReader field) {
		Map<HarmLevel, Duration> windows = new EnumMap<>(HarmLevel.class);
		Map<HarmLevel, Integer> ruleOf = new EnumMap<>(HarmLevel.class);
		List<FieldReader> rules = field.list(MAX_RULES)
			.must((list) -> !list.isEmpty(), "is required: one window per harm level")
			.required("is required: one window per harm level");
		if (rules == null) {
			return windows;
		}
		for (int i = 0; i < rules.size(); i++) {
			FieldReader rule = rules.get(i);
			PolicyReader.onlyFieldsOf(rule, PolicyDocument.HarmWindow.class);
			List<FieldReader> levels = levels(rule.field("harm"));
			if (levels.isEmpty()) {
				continue;
			}
			Duration within = PolicyDurations.bounded(rule.field("within")).required();
			for (FieldReader item : levels) {
				HarmLevel level = item.choice(HarmLevel.class).required();
				if (level != null && ruleOf.containsKey(level)) {
					item.problem(
							level + " overlaps windows.byHarm[" + ruleOf.get(level) + "]: each level has one window");
				}
				else if (level != null) {
					ruleOf.put(level, i);
					if (within != null) {
						windows.put(level, within);
					}
				}
			}
		}
		Set<HarmLevel> missing = new LinkedHashSet<>(List.of(HarmLevel.values()));
		missing.removeAll(ruleOf.keySet());
		if (!missing.isEmpty()) {
			field.problem("has no window for " + missing);
		}
		checkSeverityOrder(field, windows);
		return windows;
	}

	/**
	 * A more severe harm never waits longer than a milder one; UNKNOWN stands apart.
	 */
	private static void checkSeverityOrder(FieldReader field, Map<HarmLevel, Duration> windows) {
		HarmLevel previous = null;
		for (HarmLevel level : List.of(HarmLevel.DEATH, HarmLevel.SEVERE, HarmLevel.MODERATE, HarmLevel.MILD,
				HarmLevel.NO_HARM)) {
			Duration window = windows.get(level);
			if (window == null) {
				continue;
			}
			if (previous != null && windows.get(previous).compareTo(window) > 0) {
				field.problem(previous + " (" + windows.get(previous) + ") must not wait longer than " + level + " ("
						+ window + ")");
			}
			previous = level;
		}
	}

	private static Map<EventCategory, Duration> byCategory(FieldReader field) {
		Map<EventCategory, Duration> windows = new EnumMap<>(EventCategory.class);
		Set<EventCategory> seen = EnumSet.noneOf(EventCategory.class);
		for (FieldReader rule : field.list(MAX_RULES).orElse(List.of())) {
			PolicyReader.onlyFieldsOf(rule, PolicyDocument.CategoryWindow.class);
			List<FieldReader> categories = levels(rule.field("category"));
			if (categories.isEmpty()) {
				continue;
			}
			Duration within = PolicyDurations.bounded(rule.field("within")).required();
			for (FieldReader item : categories) {
				EventCategory category = item.choice(EventCategory.class).required();
				if (category != null && !seen.add(category)) {
					item.problem(category + " overlaps an earlier category window");
				}
				else if (category != null && within != null) {
					windows.put(category, within);
				}
			}
		}
		return windows;
	}

	/** The non-empty list of levels or categories a rule applies to. */
	private static List<FieldReader> levels(FieldReader field) {
		List<FieldReader> levels = field.list(MAX_RULES).must((list) -> !list.isEmpty(), "is required").required();
		return (levels != null) ? levels : List.of();
	}

}
