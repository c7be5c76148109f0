package org.peersupport.referral.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

/**
 * Collects every problem of one input, so a caller learns about all bad fields at once,
 * then throws them as one 400 problem+json.
 */
final class FieldChecks {

	static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,63}");

	static final Pattern FACILITY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");

	private static final Pattern PHONE = Pattern.compile("[0-9+()#*. -]{2,32}");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private final List<FieldProblem> problems = new ArrayList<>();

	/** A one-field check, thrown at once. */
	static String matching(String field, String value, Pattern pattern, String rule) {
		FieldChecks checks = new FieldChecks();
		String checked = checks.matches(field, value, pattern, rule, true);
		checks.throwIfAny();
		return checked;
	}

	static <E extends Enum<E>> E optionalEnum(String field, String value, Class<E> type) {
		FieldChecks checks = new FieldChecks();
		E parsed = checks.enumValue(field, value, type, false);
		checks.throwIfAny();
		return parsed;
	}

	String text(String field, String value, int maxLength, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				reject(field, "is required");
			}
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.length() > maxLength) {
			reject(field, "must be at most " + maxLength + " characters");
		}
		else if (CONTROL.matcher(trimmed).find()) {
			reject(field, "must not contain control characters");
		}
		return trimmed;
	}

	String matches(String field, String value, Pattern pattern, String rule, boolean required) {
		String text = text(field, value, 128, required);
		if (text != null && !pattern.matcher(text).matches()) {
			reject(field, rule);
			return null;
		}
		return text;
	}

	String phone(String field, String value) {
		return matches(field, value, PHONE, "must be a phone number: digits, spaces and + ( ) - . # *", false);
	}

	String url(String field, String value) {
		String text = text(field, value, 500, false);
		if (text == null) {
			return null;
		}
		try {
			URI uri = URI.create(text);
			if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
				reject(field, "must be an absolute http or https URL");
			}
		}
		catch (IllegalArgumentException ex) {
			reject(field, "must be an absolute http or https URL");
		}
		return text;
	}

	<E extends Enum<E>> E enumValue(String field, String value, Class<E> type, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				reject(field, "is required");
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			reject(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
			return null;
		}
	}

	boolean flag(String field, Boolean value) {
		if (value == null) {
			reject(field, "is required (true or false)");
			return false;
		}
		return value;
	}

	int number(String field, Integer value, int min, int max, int fallback) {
		if (value == null) {
			return fallback;
		}
		if (value < min || value > max) {
			reject(field, "must be between " + min + " and " + max);
		}
		return value;
	}

	void reject(String field, String reason) {
		this.problems.add(new FieldProblem(field, reason));
	}

	void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException(this.problems);
		}
	}

}
