package org.peersupport.outreach.policy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

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
		List<FieldReader> rules = field.list(MAX_RULES)
			.must((list) -> !list.isEmpty(), "is required: one window per harm level")
			.required("is required: one window per harm level");
		if (rules == null) {
			return windows;
		}
		Set<HarmLevel> missing = EnumSet.allOf(HarmLevel.class);
		missing.removeAll(read(rules, HarmLevel.class, PolicyDocument.HarmWindow.class, windows,
				(level, rule) -> level + " overlaps windows.byHarm[" + rule + "]: each level has one window")
			.keySet());
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
		read(field.list(MAX_RULES).orElse(List.of()), EventCategory.class, PolicyDocument.CategoryWindow.class, windows,
				(category, rule) -> category + " overlaps an earlier category window");
		return windows;
	}

	/**
	 * Reads rules that each give one window to a list of constants (the rule's first
	 * component, such as {@code harm}) into {@code windows}. A constant may appear in one
	 * rule only.
	 * @return the rule that names each constant
	 */
	private static <E extends Enum<E>> Map<E, Integer> read(List<FieldReader> rules, Class<E> type,
			Class<? extends Record> shape, Map<E, Duration> windows, BiFunction<E, Integer, String> overlap) {
		Map<E, Integer> ruleOf = new EnumMap<>(type);
		String constants = shape.getRecordComponents()[0].getName();
		for (int i = 0; i < rules.size(); i++) {
			FieldReader rule = rules.get(i);
			PolicyReader.onlyFieldsOf(rule, shape);
			List<FieldReader> items = rule.field(constants)
				.list(MAX_RULES)
				.must((list) -> !list.isEmpty(), "is required")
				.required();
			if (items == null) {
				continue;
			}
			Duration within = PolicyDurations.bounded(rule.field("within")).required();
			for (FieldReader item : items) {
				E constant = item.choice(type).required();
				if (constant != null && ruleOf.containsKey(constant)) {
					item.problem(overlap.apply(constant, ruleOf.get(constant)));
				}
				else if (constant != null) {
					ruleOf.put(constant, i);
					if (within != null) {
						windows.put(constant, within);
					}
				}
			}
		}
		return ruleOf;
	}

}
