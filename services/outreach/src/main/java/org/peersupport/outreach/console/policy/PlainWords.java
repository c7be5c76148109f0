package org.peersupport.outreach.console.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;

/**
 * The policy in the words an administrator reads: "24 hours", "severe harm", "Tuesday 8
 * Dec, 08:00". The reader's problems are written for a developer (they quote {@code PT2H}
 * and {@code SEVERE}); {@link #problem} says the same thing in these words.
 */
final class PlainWords {

	private static final Pattern ISO_DURATION = Pattern
		.compile("\\bP(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?\\b");

	private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMM, HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

	private static final Map<String, String> SCOPES = Map.of("ALL_CLINICAL_STAFF", "all clinical staff",
			"PHYSICIANS_ONLY", "physicians only", "ROLES", "only the roles listed");

	private PlainWords() {
	}

	/** "2 hours", "1 day", "90 minutes", "no time". */
	static String duration(Duration duration) {
		if (duration == null) {
			return "not set";
		}
		if (duration.isZero()) {
			return "no time";
		}
		long minutes = duration.toMinutes();
		// "24 hours" reads better than "1 day"; from two days on, days.
		if (minutes % (24 * 60) == 0 && minutes >= 2 * 24 * 60) {
			return count(minutes / (24 * 60), "day");
		}
		if (minutes % 60 == 0) {
			return count(minutes / 60, "hour");
		}
		return count(minutes, "minute");
	}

	/** A duration as the policy document writes it, in words; unreadable text as is. */
	static String duration(String iso) {
		if (iso == null || iso.isBlank()) {
			return "not set";
		}
		try {
			return duration(Duration.parse(iso));
		}
		catch (DateTimeParseException ex) {
			return iso;
		}
	}

	static String count(long n, String unit) {
		return n + " " + unit + ((n == 1) ? "" : "s");
	}

	/** "severe harm", "no harm", "harm not known". */
	static String harm(HarmLevel level) {
		return switch (level) {
			case DEATH -> "death";
			case SEVERE -> "severe harm";
			case MODERATE -> "moderate harm";
			case MILD -> "mild harm";
			case NO_HARM -> "no harm";
			case UNKNOWN -> "harm not known";
		};
	}

	/** "patient death", "violence against staff", "medication". */
	static String category(EventCategory category) {
		return category.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	static String scope(String scope) {
		return SCOPES.getOrDefault(scope, String.valueOf(scope));
	}

	static String time(LocalTime time) {
		return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
	}

	/** "Tuesday 8 Dec, 08:00" in the zone. */
	static String when(Instant at, ZoneId zone) {
		return WHEN.format(at.atZone(zone));
	}

	/** "3 Dec 2026, 14:05" in the zone. */
	static String dateTime(Instant at, ZoneId zone) {
		return DATE_TIME.format(at.atZone(zone));
	}

	static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/**
	 * A reader's problem in plain words: ISO durations become "2 hours", harm levels and
	 * categories their words, field names the labels the page shows.
	 */
	static String problem(String reason, Map<String, String> labels) {
		String plain = reason;
		// Longest names first, so quietHours.start is not read as quietHours.
		List<Map.Entry<String, String>> byLength = new ArrayList<>(labels.entrySet());
		byLength.sort(Comparator.comparingInt((Map.Entry<String, String> label) -> label.getKey().length()).reversed());
		for (Map.Entry<String, String> label : byLength) {
			if (label.getKey().length() > 8) {
				plain = plain.replace(label.getKey(), "\"" + label.getValue() + "\"");
			}
		}
		plain = replace(ISO_DURATION, plain, (iso) -> iso.equals("P") ? iso : duration(iso));
		plain = replace(CONSTANT, plain, PlainWords::constant);
		return plain.replace("[", "").replace("]", "");
	}

	private static String constant(String name) {
		for (HarmLevel level : HarmLevel.values()) {
			if (level.name().equals(name)) {
				return harm(level);
			}
		}
		for (EventCategory category : EventCategory.values()) {
			if (category.name().equals(name)) {
				return category(category);
			}
		}
		return SCOPES.getOrDefault(name, name);
	}

	private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> words) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(words.apply(matcher.group())));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
