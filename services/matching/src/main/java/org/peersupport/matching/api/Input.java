package org.peersupport.matching.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

/**
 * Reads request fields and collects every problem, so one answer names all bad fields.
 * Fields arrive as text and are parsed here: a bad value is then reported by field name,
 * never as an unreadable body.
 */
final class Input {

	private final List<FieldProblem> problems = new ArrayList<>();

	<T> T required(String field, String value, Function<String, T> parse, String expected) {
		if (value == null || value.isBlank()) {
			this.problems.add(new FieldProblem(field, "is required"));
			return null;
		}
		return optional(field, value, parse, expected);
	}

	<T> T optional(String field, String value, Function<String, T> parse, String expected) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parse.apply(value.strip());
		}
		catch (DateTimeException | IllegalArgumentException ex) {
			this.problems.add(new FieldProblem(field, "must be " + expected));
			return null;
		}
	}

	LocalDate date(String field, String value, boolean required) {
		return required ? required(field, value, LocalDate::parse, "a date like 2026-01-31")
				: optional(field, value, LocalDate::parse, "a date like 2026-01-31");
	}

	Instant instant(String field, String value) {
		return required(field, value, Instant::parse, "an instant like 2026-01-31T08:00:00Z");
	}

	LocalTime time(String field, String value) {
		return required(field, value, LocalTime::parse, "a time like 08:00");
	}

	ZoneId zone(String field, String value) {
		return required(field, value, ZoneId::of, "a time zone id like America/New_York");
	}

	<E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required) {
		String expected = "one of "
				+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
		Function<String, E> parse = (text) -> Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
		return required ? required(field, value, parse, expected) : optional(field, value, parse, expected);
	}

	/** Codes such as {@code en} or {@code lgbtq}: letters, digits, '-' and '_' only. */
	List<String> codes(String field, List<String> values) {
		List<String> codes = new ArrayList<>();
		if (values == null) {
			return codes;
		}
		if (values.size() > 20) {
			problem(field, "may hold at most 20 codes");
			return codes;
		}
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			if (value == null || !value.strip().matches("[A-Za-z0-9][A-Za-z0-9_-]{0,39}")) {
				problem(field + "[" + i + "]", "must be a code of letters, digits, '-' or '_' (at most 40)");
			}
			else {
				codes.add(value.strip().toLowerCase(Locale.ROOT));
			}
		}
		return codes;
	}

	void problem(String field, String reason) {
		this.problems.add(new FieldProblem(field, reason));
	}

	boolean ok() {
		return this.problems.isEmpty();
	}

	/** Throws a 400 naming every bad field, if there is any. */
	void check() {
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException(this.problems);
		}
	}

}
