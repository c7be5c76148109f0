package org.peersupport.dashboard.survey;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.peersupport.dashboard.DashboardServer;
import org.peersupport.testkit.TestIdentity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Surveys over HTTP on a real database: definitions, responses under respondent codes,
 * problems for bad input, and an analysis that reproduces SciPy's numbers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SurveyIT {

	private static final String RESPONDENT_STAFF_ID = "C-SURVEYED-7";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		DashboardServer.infrastructure(registry, "survey-it");
	}

	@Test
	void theProgramsOwnSurveysAreThereFromTheStart() {
		client().get()
			.uri("/api/v1/surveys")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.code=='svest-short')].population")
			.isEqualTo("CLINICIAN")
			.jsonPath("$[?(@.code=='supporter-readiness')].items.length()")
			.isEqualTo(7);
	}

	@Test
	void pairedAnswersGiveSciPysWilcoxonFigures() {
		String code = "efficacy-" + UUID.randomUUID().toString().substring(0, 8);
		define(code).expectStatus().isCreated();
		double[] pre = PairedWilcoxonTests.PRE_B;
		double[] post = PairedWilcoxonTests.POST_B;
		for (int i = 0; i < pre.length; i++) {
			submit(code, "RESP-" + i, "PRE", (int) pre[i]).expectStatus().isCreated();
			submit(code, "RESP-" + i, "POST", (int) post[i]).expectStatus().isCreated();
		}
		submit(code, "RESP-ONLY-PRE", "PRE", 1).expectStatus().isCreated();
		Map<?, ?> test = (Map<?, ?>) scale(analysis(code)).get("test");
		assertThat(test.get("pairs")).isEqualTo(12);
		assertThat(test.get("unpaired")).isEqualTo(1);
		assertThat(test.get("tied")).isEqualTo(2);
		assertThat(test.get("n")).isEqualTo(10);
		assertThat(((Number) test.get("z")).doubleValue()).isCloseTo(Math.abs(PairedWilcoxonTests.SCIPY_Z_B),
				within(1e-9));
		assertThat(((Number) test.get("p")).doubleValue()).isCloseTo(PairedWilcoxonTests.SCIPY_P_B, within(1e-9));
		assertThat(((Number) test.get("r")).doubleValue()).isCloseTo(0.7720468496329538, within(1e-9));
		Map<?, ?> preStats = (Map<?, ?>) scale(analysis(code)).get("pre");
		assertThat(preStats.get("n")).isEqualTo(13);
		assertThat(preStats.get("median")).isEqualTo(3.0);
	}

	@Test
	void fewerThanKPairsAreNotAnalysed() {
		String code = "small-" + UUID.randomUUID().toString().substring(0, 8);
		define(code).expectStatus().isCreated();
		for (int i = 0; i < 3; i++) {
			submit(code, "SMALL-" + i, "PRE", 2).expectStatus().isCreated();
			submit(code, "SMALL-" + i, "POST", 4).expectStatus().isCreated();
		}
		Map<?, ?> scale = scale(analysis(code));
		assertThat(((Map<?, ?>) scale.get("test")).get("suppressed")).isEqualTo(true);
		assertThat(((Map<?, ?>) scale.get("test")).get("z")).isNull();
		assertThat(((Map<?, ?>) scale.get("pre")).get("median")).isNull();
	}

	@Test
	void badInputIsAProblemNamingEachField() {
		client().post()
			.uri("/api/v1/surveys")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("code", "Bad Code", "population", "PATIENTS", "items",
					List.of(Map.of("code", "q1", "text", "", "scale", "s", "min", 5, "max", 1))))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat((List<Object>) fields).containsExactlyInAnyOrder("code", "title",
					"population", "items[0].text", "items[0].min"));
		String code = "checked-" + UUID.randomUUID().toString().substring(0, 8);
		define(code).expectStatus().isCreated();
		define(code).expectStatus().isEqualTo(HttpStatus.CONFLICT);
		respondent().post()
			.uri("/api/v1/surveys/" + code + "/responses")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("respondent", "dana@hospital.test", "phase", "LATER", "answers",
					Map.of("eff-1", 9, "Jane Doe MRN 123", 1)))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat((List<Object>) fields).containsExactlyInAnyOrder("respondent", "phase",
					"answers.eff-1", "answers"))
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).doesNotContain("Jane Doe"));
		respondent().post()
			.uri("/api/v1/surveys/" + code + "/responses")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"respondent\":\"RESP-1\",\"phase\":\"PRE\",\"answers\":{\"eff-1\":\"high\"}}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		submit(code, "RESP-TWICE", "PRE", 3).expectStatus().isCreated();
		submit(code, "RESP-TWICE", "PRE", 4).expectStatus().isEqualTo(HttpStatus.CONFLICT);
		client().get().uri("/api/v1/surveys/nope/analysis").exchange().expectStatus().isNotFound();
	}

	@Test
	void respondentCodesAreFreshAndResponsesHoldOnlyCodesAndNumbers() {
		String first = respondentCode();
		assertThat(first).matches("R-[A-Z2-9]{10}").isNotEqualTo(respondentCode());
		String code = "stored-" + UUID.randomUUID().toString().substring(0, 8);
		define(code).expectStatus().isCreated();
		submit(code, first, "PRE", 3).expectStatus().isCreated();
		Map<String, Object> row = this.jdbc
			.queryForMap("SELECT r.respondent, r.phase, a.item_code, a.value FROM survey_response r "
					+ "JOIN survey_answer a ON a.response_id = r.response_id WHERE r.survey_code = ?", code);
		assertThat(row).containsEntry("respondent", first).containsEntry("value", 3);
		assertThat(this.jdbc.queryForList(
				"SELECT column_name FROM information_schema.columns WHERE table_name IN ('survey_response', 'survey_answer')",
				String.class))
			.doesNotContain("staff_id", "name", "email", "person");
		// The respondent came with a token naming them: nothing of it is kept.
		StringBuilder stored = new StringBuilder();
		for (String table : List.of("survey_response", "survey_answer")) {
			this.jdbc.queryForList("SELECT t::text FROM " + table + " t", String.class)
				.forEach((line) -> stored.append(line).append('\n'));
		}
		assertThat(stored).doesNotContain(RESPONDENT_STAFF_ID).doesNotContain("user-" + RESPONDENT_STAFF_ID);
	}

	private String respondentCode() {
		return (String) client().post()
			.uri("/api/v1/surveys/respondent-codes")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("respondent");
	}

	private WebTestClient.ResponseSpec define(String code) {
		return client().post()
			.uri("/api/v1/surveys")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("code", code, "title", "Self-efficacy", "population", "SUPPORTER", "items",
					List.of(Map.of("code", "eff-1", "text", "I know what to say.", "scale", "self-efficacy", "min", 1,
							"max", 5))))
			.exchange();
	}

	private WebTestClient.ResponseSpec submit(String code, String respondent, String phase, int answer) {
		return respondent().post()
			.uri("/api/v1/surveys/" + code + "/responses")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("respondent", respondent, "phase", phase, "answers", Map.of("eff-1", answer)))
			.exchange();
	}

	private Map<?, ?> analysis(String code) {
		return client().get()
			.uri("/api/v1/surveys/" + code + "/analysis")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private static Map<?, ?> scale(Map<?, ?> analysis) {
		return (Map<?, ?>) ((List<?>) analysis.get("scales")).get(0);
	}

	/** A program director without a facility limit: defines surveys, reads analyses. */
	private WebTestClient client() {
		return DashboardServer.director(this.port);
	}

	/** A member of staff answering under a respondent code. */
	private WebTestClient respondent() {
		return DashboardServer.client(this.port, TestIdentity.get().clinician(RESPONDENT_STAFF_ID));
	}

}
