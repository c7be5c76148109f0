package org.peersupport.dashboard.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

/** Checks survey definitions and responses, naming every bad field. */
final class SurveyValidation {

	static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	/**
	 * Respondent codes are opaque tokens. The pattern keeps them short and free of spaces
	 * and '@', so a name or an e-mail address is not accepted by mistake.
	 */
	static final Pattern RESPONDENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{5,39}");

	private SurveyValidation() {
	}

	static void check(SurveyDefinition survey) {
		List<FieldProblem> problems = new ArrayList<>();
		if (survey.code() == null || !CODE.matcher(survey.code()).matches()) {
			problems.add(new FieldProblem("code", "must be 1-60 lower-case letters, digits or '-'"));
		}
		if (survey.title() == null || survey.title().isBlank() || survey.title().length() > 200) {
			problems.add(new FieldProblem("title", "must be 1-200 characters"));
		}
		if (!"CLINICIAN".equals(survey.population()) && !"SUPPORTER".equals(survey.population())) {
			problems.add(new FieldProblem("population", "must be CLINICIAN or SUPPORTER"));
		}
		if (survey.items() == null || survey.items().isEmpty() || survey.items().size() > 100) {
			problems.add(new FieldProblem("items", "must hold 1-100 items"));
		}
		else {
			Set<String> codes = new HashSet<>();
			for (int i = 0; i < survey.items().size(); i++) {
				checkItem(survey.items().get(i), "items[" + i + "]", codes, problems);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void checkItem(SurveyDefinition.Item item, String field, Set<String> codes,
			List<FieldProblem> problems) {
		if (item == null) {
			problems.add(new FieldProblem(field, "must be an item"));
			return;
		}
		if (item.code() == null || !CODE.matcher(item.code()).matches()) {
			problems.add(new FieldProblem(field + ".code", "must be 1-60 lower-case letters, digits or '-'"));
		}
		else if (!codes.add(item.code())) {
			problems.add(new FieldProblem(field + ".code", "is used twice"));
		}
		if (item.text() == null || item.text().isBlank() || item.text().length() > 500) {
			problems.add(new FieldProblem(field + ".text", "must be 1-500 characters"));
		}
		if (item.scale() == null || !CODE.matcher(item.scale()).matches()) {
			problems.add(new FieldProblem(field + ".scale", "must be 1-60 lower-case letters, digits or '-'"));
		}
		if (item.min() == null || item.max() == null || item.min() < 0 || item.max() > 100
				|| item.min() >= item.max()) {
			problems.add(new FieldProblem(field + ".min", "min and max must satisfy 0 <= min < max <= 100"));
		}
	}

	static void check(SurveyDefinition survey, SurveyResponse response) {
		List<FieldProblem> problems = new ArrayList<>();
		if (response.respondent() == null || !RESPONDENT.matcher(response.respondent()).matches()) {
			problems.add(new FieldProblem("respondent",
					"must be the 6-40 character respondent code the program handed out (letters, digits, '-', '_')"));
		}
		if (!"PRE".equals(response.phase()) && !"POST".equals(response.phase())) {
			problems.add(new FieldProblem("phase", "must be PRE or POST"));
		}
		Map<String, Integer> answers = (response.answers() != null) ? response.answers() : Map.of();
		Set<String> known = new HashSet<>();
		for (SurveyDefinition.Item item : survey.items()) {
			known.add(item.code());
			Integer answer = answers.get(item.code());
			if (answer == null) {
				problems.add(new FieldProblem("answers." + item.code(), "is required"));
			}
			else if (answer < item.min() || answer > item.max()) {
				problems.add(new FieldProblem("answers." + item.code(),
						"must be between " + item.min() + " and " + item.max()));
			}
		}
		long unknown = answers.keySet().stream().filter((code) -> !known.contains(code)).count();
		if (unknown > 0) {
			// Not quoted back: whatever was sent under an unknown key is not repeated
			// anywhere.
			problems.add(new FieldProblem("answers", unknown + " answer(s) name no item of survey " + survey.code()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
