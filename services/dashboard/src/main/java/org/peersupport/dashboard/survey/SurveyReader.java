package org.peersupport.dashboard.survey;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.peersupport.web.FieldReader;

/** Reads survey definitions and responses, naming every bad field. */
final class SurveyReader {

	static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	private static final String CODE_RULE = "must be 1-60 lower-case letters, digits or '-'";

	/**
	 * Respondent codes are opaque tokens. The pattern keeps them short and free of spaces
	 * and '@', so a name or an e-mail address is not accepted by mistake.
	 */
	static final Pattern RESPONDENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{5,39}");

	private static final int MAX_ITEMS = 100;

	private SurveyReader() {
	}

	static SurveyDefinition definition(JsonNode body) {
		FieldReader in = FieldReader.ofObject(body);
		String code = in.field("code").text(60).matching(CODE, CODE_RULE).required();
		String title = in.field("title").text(200).required();
		String population = in.field("population")
			.text(20)
			.must((text) -> text.equals("CLINICIAN") || text.equals("SUPPORTER"), "must be CLINICIAN or SUPPORTER")
			.required();
		String itemsRule = "must hold 1-" + MAX_ITEMS + " items";
		List<FieldReader> given = in.field("items")
			.list(MAX_ITEMS)
			.must((list) -> !list.isEmpty(), itemsRule)
			.required(itemsRule);
		Set<String> codes = new HashSet<>();
		List<SurveyDefinition.Item> items = (given != null) ? given.stream().map((item) -> item(item, codes)).toList()
				: List.of();
		in.check();
		return new SurveyDefinition(code, title, population, items);
	}

	private static SurveyDefinition.Item item(FieldReader item, Set<String> codes) {
		if (!item.isObject()) {
			item.problem("must be an item");
			return null;
		}
		String code = item.field("code").text(60).matching(CODE, CODE_RULE).required();
		if (code != null && !codes.add(code)) {
			item.field("code").problem("is used twice");
		}
		String text = item.field("text").text(500).required();
		String scale = item.field("scale").text(60).matching(CODE, CODE_RULE).required();
		Integer min = item.field("min").integer().optional();
		Integer max = item.field("max").integer().optional();
		boolean scaleGiven = item.field("min").isPresent() && item.field("max").isPresent();
		if (!scaleGiven || (min != null && max != null && (min < 0 || max > 100 || min >= max))) {
			item.field("min").problem("min and max must satisfy 0 <= min < max <= 100");
		}
		Boolean reverse = item.field("reverse").flag().optional();
		return new SurveyDefinition.Item(code, text, scale, min, max, reverse);
	}

	/**
	 * A response to this survey: every item answered within its scale, and nothing else.
	 */
	static SurveyResponse response(SurveyDefinition survey, JsonNode body) {
		FieldReader in = FieldReader.ofObject(body);
		String respondent = in.field("respondent")
			.text(200)
			.matching(RESPONDENT,
					"must be the 6-40 character respondent code the program handed out (letters, digits, '-', '_')")
			.required();
		String phase = in.field("phase")
			.text(10)
			.must((text) -> text.equals("PRE") || text.equals("POST"), "must be PRE or POST")
			.required();
		FieldReader answers = in.field("answers");
		answers.object().optional();
		Map<String, Integer> answered = new LinkedHashMap<>();
		Set<String> known = new HashSet<>();
		for (SurveyDefinition.Item item : survey.items()) {
			known.add(item.code());
			Integer answer = answers.field(item.code())
				.integer()
				.must((value) -> value >= item.min() && value <= item.max(),
						"must be between " + item.min() + " and " + item.max())
				.required();
			answered.put(item.code(), answer);
		}
		long unknown = answers.names().stream().filter((code) -> !known.contains(code)).count();
		if (unknown > 0) {
			// Not quoted back: whatever was sent under an unknown key is not repeated
			// anywhere.
			answers.problem(unknown + " answer(s) name no item of survey " + survey.code());
		}
		in.check();
		return new SurveyResponse(respondent, phase, answered);
	}

}
