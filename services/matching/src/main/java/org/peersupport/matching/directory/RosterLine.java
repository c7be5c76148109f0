package org.peersupport.matching.directory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One line of the roster, read by column name. Each reader strips the value, treats an
 * empty one as absent, and refuses a bad one with an {@link IllegalArgumentException}
 * whose message names the column: the whole line is then reported and skipped.
 */
final class RosterLine {

	/**
	 * Codes only: a language tag such as {@code en} or {@code pt-BR}, a tag such as
	 * {@code lgbtq}.
	 */
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

	private static final Set<String> TRUE = Set.of("true", "yes", "y", "1");

	private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "");

	private final List<String> fields;

	private final Map<String, Integer> header;

	RosterLine(List<String> fields, Map<String, Integer> header) {
		if (fields.size() != header.size()) {
			throw new IllegalArgumentException("has " + fields.size() + " fields, expected " + header.size());
		}
		this.fields = fields;
		this.header = header;
	}

	String required(String column) {
		String value = optional(column);
		if (value == null) {
			throw new IllegalArgumentException(column + " is required");
		}
		return value;
	}

	/** The value, or null when the column is missing or the field empty. */
	String optional(String column) {
		Integer position = this.header.get(column);
		if (position == null) {
			return null;
		}
		String value = this.fields.get(position).strip();
		return value.isEmpty() ? null : value;
	}

	/** A yes/no of a required column; an empty field is no. */
	boolean bool(String column) {
		String value = this.fields.get(this.header.get(column)).strip().toLowerCase(Locale.ROOT);
		if (TRUE.contains(value)) {
			return true;
		}
		if (FALSE.contains(value)) {
			return false;
		}
		throw new IllegalArgumentException(column + " must be true or false, was '" + value + "'");
	}

	/** A whole number from 0 to {@code max}, or the fallback when absent. */
	int count(String column, int fallback, int max) {
		String value = optional(column);
		if (value == null) {
			return fallback;
		}
		try {
			int parsed = Integer.parseInt(value);
			if (parsed < 0 || parsed > max) {
				throw new IllegalArgumentException(column + " must be between 0 and " + max);
			}
			return parsed;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(column + " must be a whole number, was '" + value + "'");
		}
	}

	LocalDate date(String column) {
		String value = optional(column);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(column + " must be a date like 2026-01-31, was '" + value + "'");
		}
	}

	/** One code (a facility), as written, or null when absent. */
	String code(String column) {
		String value = optional(column);
		if (value != null && !CODE.matcher(value).matches()) {
			throw new IllegalArgumentException(column + " must be a code such as MAIN, was '" + value + "'");
		}
		return value;
	}

	/**
	 * Codes separated by semicolons, lower-cased, sorted and comma-joined as they are
	 * stored; empty for none.
	 */
	String codes(String column) {
		String value = optional(column);
		if (value == null) {
			return "";
		}
		Set<String> codes = new TreeSet<>();
		for (String code : value.split(";")) {
			String trimmed = code.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			if (!CODE.matcher(trimmed).matches()) {
				throw new IllegalArgumentException(column + " must be codes separated by ';', was '" + trimmed + "'");
			}
			codes.add(trimmed.toLowerCase(Locale.ROOT));
		}
		return String.join(",", codes);
	}

}
