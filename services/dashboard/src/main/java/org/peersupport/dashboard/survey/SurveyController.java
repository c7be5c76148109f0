package org.peersupport.dashboard.survey;

import java.net.URI;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Define surveys, submit answers under a respondent code, and read the analysis.
 * Directors run the evaluation; any member of staff answers. An answer is stored under
 * the respondent code only: the caller's token lets them in, and nothing of it (no staff
 * id, no subject) is kept with the answer, so a response cannot be linked to a person.
 */
@RestController
class SurveyController {

	private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final SecureRandom random = new SecureRandom();

	private final Surveys surveys;

	private final SurveyAnalysis analysis;

	SurveyController(Surveys surveys, SurveyAnalysis analysis) {
		this.surveys = surveys;
		this.analysis = analysis;
	}

	@PostMapping(path = "/api/v1/surveys", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<SurveyDefinition>> define(@RequestBody JsonNode body, Actor director) {
		requireWholeProgram(director, "a survey");
		SurveyDefinition survey = SurveyReader.definition(body);
		return Blocking.call(() -> {
			this.surveys.define(survey);
			return ResponseEntity.created(URI.create("/api/v1/surveys/" + survey.code()))
				.body(this.surveys.find(survey.code()).orElseThrow());
		});
	}

	@GetMapping("/api/v1/surveys")
	Mono<List<SurveyDefinition>> all() {
		return Blocking.call(this.surveys::all);
	}

	@GetMapping("/api/v1/surveys/{code}")
	Mono<SurveyDefinition> one(@PathVariable String code) {
		return Blocking.call(() -> survey(code));
	}

	/**
	 * A fresh respondent code for the program to hand out with the pre survey; the
	 * respondent keeps it for the post survey. Nothing links it to a person.
	 */
	@PostMapping("/api/v1/surveys/respondent-codes")
	Map<String, String> respondentCode() {
		StringBuilder code = new StringBuilder("R-");
		for (int i = 0; i < 10; i++) {
			code.append(CODE_ALPHABET[this.random.nextInt(CODE_ALPHABET.length)]);
		}
		return Map.of("respondent", code.toString());
	}

	@PostMapping(path = "/api/v1/surveys/{code}/responses", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Map<String, Object>>> submit(@PathVariable String code, @RequestBody JsonNode body) {
		return Blocking.call(() -> {
			SurveyDefinition survey = survey(code);
			UUID id = this.surveys.submit(survey, SurveyReader.response(survey, body));
			return ResponseEntity.created(URI.create("/api/v1/surveys/" + code + "/responses/" + id))
				.body(Map.<String, Object>of("id", id, "status", "recorded"));
		});
	}

	@GetMapping("/api/v1/surveys/{code}/analysis")
	Mono<SurveyAnalysis.Report> analysis(@PathVariable String code, Actor director) {
		requireWholeProgram(director, "a survey analysis");
		return Blocking.call(() -> this.analysis.analyse(survey(code), this.surveys.responses(code)));
	}

	/**
	 * Responses carry no facility (so that they stay unlinkable), so the analysis, and
	 * the surveys it runs on, cannot be limited to a director's facilities: a limited
	 * director is refused them.
	 */
	private static void requireWholeProgram(Actor director, String what) {
		if (!director.facilities().isEmpty()) {
			throw new AccessDeniedException(what + " covers the whole program, not only the caller's facilities");
		}
	}

	private SurveyDefinition survey(String code) {
		return this.surveys.find(code).orElseThrow(() -> new NotFoundException("No survey " + code));
	}

}
