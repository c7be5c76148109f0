package org.peersupport.dashboard.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.dashboard.figures.DashboardSettings;
import org.peersupport.dashboard.figures.Slice;
import org.peersupport.dashboard.figures.Slice.Granularity;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

import org.springframework.util.MultiValueMap;

/** Reads the filters from query parameters; a bad one is a problem+json naming it. */
final class SliceParameters {

	private SliceParameters() {
	}

	static Slice parse(MultiValueMap<String, String> query, DashboardSettings settings) {
		List<FieldProblem> problems = new ArrayList<>();
		String facility = blankToNull(query.getFirst("facility"));
		if (facility != null && facility.length() > 200) {
			problems.add(new FieldProblem("facility", "must be at most 200 characters"));
		}
		String group = blankToNull(query.getFirst("departmentGroup"));
		if (group != null && !settings.groupNames().contains(group)) {
			problems
				.add(new FieldProblem("departmentGroup", "must be one of " + String.join(", ", settings.groupNames())));
		}
		HarmLevel harm = null;
		String harmText = blankToNull(query.getFirst("harm"));
		if (harmText != null) {
			try {
				harm = HarmLevel.valueOf(harmText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems
					.add(new FieldProblem("harm", "must be one of DEATH, SEVERE, MODERATE, MILD, NO_HARM, UNKNOWN"));
			}
		}
		LocalDate from = date(query.getFirst("from"), "from", problems);
		LocalDate to = date(query.getFirst("to"), "to", problems);
		if (from != null && to != null && to.isBefore(from)) {
			problems.add(new FieldProblem("to", "must not be before from"));
		}
		Granularity granularity = Granularity.WEEK;
		String granularityText = blankToNull(query.getFirst("granularity"));
		if (granularityText != null) {
			try {
				granularity = Granularity.valueOf(granularityText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("granularity", "must be one of DAY, WEEK, MONTH"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Slice(facility, group, harm, from, to, granularity, List.of());
	}

	private static LocalDate date(String text, String field, List<FieldProblem> problems) {
		if (blankToNull(text) == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "must be a date like 2026-11-01"));
			return null;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
