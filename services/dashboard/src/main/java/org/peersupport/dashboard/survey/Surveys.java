package org.peersupport.dashboard.survey;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.peersupport.web.ConflictException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Survey definitions and responses, in tables of their own that hold no identity. */
@Service
class Surveys {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Surveys(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Stores a survey {@link SurveyReader} read. */
	@Transactional
	void define(SurveyDefinition survey) {
		try {
			this.jdbc.update("INSERT INTO survey (code, title, population, created_at) VALUES (?, ?, ?, ?)",
					survey.code(), survey.title().strip(), survey.population(), Timestamp.from(this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException(
					"Survey " + survey.code() + " already exists; define a new code for a new version");
		}
		int position = 0;
		for (SurveyDefinition.Item item : survey.items()) {
			this.jdbc.update(
					"""
							INSERT INTO survey_item (survey_code, item_code, position, wording, scale, min_value, max_value, reverse)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
					survey.code(), item.code(), ++position, item.text().strip(), item.scale(), item.min(), item.max(),
					Boolean.TRUE.equals(item.reverse()));
		}
	}

	@Transactional(readOnly = true)
	List<SurveyDefinition> all() {
		return this.jdbc.queryForList("SELECT code FROM survey ORDER BY created_at, code", String.class)
			.stream()
			.map((code) -> find(code).orElseThrow())
			.toList();
	}

	@Transactional(readOnly = true)
	Optional<SurveyDefinition> find(String code) {
		List<Map<String, Object>> survey = this.jdbc.queryForList("SELECT title, population FROM survey WHERE code = ?",
				code);
		if (survey.isEmpty()) {
			return Optional.empty();
		}
		List<SurveyDefinition.Item> items = this.jdbc.query("""
				SELECT item_code, wording, scale, min_value, max_value, reverse FROM survey_item
				WHERE survey_code = ? ORDER BY position""",
				(rs, i) -> new SurveyDefinition.Item(rs.getString("item_code"), rs.getString("wording"),
						rs.getString("scale"), rs.getInt("min_value"), rs.getInt("max_value"),
						rs.getBoolean("reverse")),
				code);
		return Optional.of(new SurveyDefinition(code, (String) survey.get(0).get("title"),
				(String) survey.get(0).get("population"), items));
	}

	/** Stores a response {@link SurveyReader} read for this survey. */
	@Transactional
	UUID submit(SurveyDefinition survey, SurveyResponse response) {
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.update("""
					INSERT INTO survey_response (response_id, survey_code, respondent, phase, submitted_on)
					VALUES (?, ?, ?, ?, ?)""", id, survey.code(), response.respondent(), response.phase(),
					Date.valueOf(LocalDate.now(this.clock)));
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException(
					"This respondent code already answered the " + response.phase() + " survey of " + survey.code());
		}
		for (Map.Entry<String, Integer> answer : response.answers().entrySet()) {
			this.jdbc.update("INSERT INTO survey_answer (response_id, item_code, value) VALUES (?, ?, ?)", id,
					answer.getKey(), answer.getValue());
		}
		return id;
	}

	/** Each response's answers: respondent code, phase and item code to answer. */
	@Transactional(readOnly = true)
	List<StoredResponse> responses(String surveyCode) {
		Map<UUID, StoredResponse> responses = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT r.response_id, r.respondent, r.phase, a.item_code, a.value FROM survey_response r
				JOIN survey_answer a ON a.response_id = r.response_id WHERE r.survey_code = ?
				ORDER BY r.respondent, r.phase""", (rs) -> {
			UUID id = rs.getObject("response_id", UUID.class);
			String respondent = rs.getString("respondent");
			String phase = rs.getString("phase");
			responses.computeIfAbsent(id, (key) -> new StoredResponse(respondent, phase, new LinkedHashMap<>()))
				.answers()
				.put(rs.getString("item_code"), rs.getInt("value"));
		}, surveyCode);
		return new ArrayList<>(responses.values());
	}

	/** A response as stored. */
	record StoredResponse(String respondent, String phase, Map<String, Integer> answers) {
	}

}
