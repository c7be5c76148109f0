package org.peersupport.matching.console;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.matching.SupporterTestSupport;
import org.peersupport.matching.console.supporters.PlainWords;
import org.peersupport.testkit.TestIdentity;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's supporters: the list shows each supporter's training expiry, load against
 * capacity, pause and fatigue signal, those needing attention first; the supporter's page
 * records training and pauses and resumes through the API's own reader and services, so
 * what the form does the API sees, and what the API refuses the form refuses next to the
 * field. Administrators only, and a session's form post needs its CSRF token.
 */
class ConsoleSupportersIT extends ConsoleIntegrationTest {

	private static final String ROSTER = """
			staffId,name,email,department,role,supervisorId,supporter,trained,maxActive
			CS-LOAD,Lou Load,lou@hospital.test,ED,RN,,true,true,1
			CS-TIRED,Tia Tired,tia@hospital.test,ED,RN,,true,true,5
			CS-EXPIRING,Eli Expiring,eli@hospital.test,ED,RN,,true,true,5
			CS-CALM,Cal Calm,cal@hospital.test,ED,RN,,true,true,5
			CS-CLIN,Cleo Clinician,cleo@hospital.test,ICU,RN,,false,false,0
			""";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@BeforeEach
	void roster() {
		SupporterTestSupport.importRoster(this.http, ROSTER);
	}

	@Test
	void theListShowsTrainingExpiryLoadAgainstCapacityPauseAndFatigueThoseNeedingAttentionFirst() {
		offerOnlyTo("CS-LOAD", "CS-CLIN");
		post(admin(), "/console/supporters/CS-TIRED/pause").expectStatus().isSeeOther();
		// Tia took a high-impact case, since purged: its tally still counts for fatigue.
		this.jdbc.update(
				"INSERT INTO supporter_case_tally (supporter_id, accepted_at, high_impact) VALUES (?, ?, true)",
				"CS-TIRED", Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)));
		LocalDate expiry = TODAY.plusDays(10);
		recordTrainingByApi("CS-EXPIRING", TODAY.minusYears(1), expiry);

		String list = page("/console/supporters", HttpStatus.OK);
		assertThat(row(list, "CS-LOAD")).contains("Lou Load", "1 of 1", "At capacity", "Active",
				"href=\"/console/supporters/CS-LOAD\"");
		assertThat(row(list, "CS-TIRED")).contains("Tia Tired", "At the fatigue limit", "Paused");
		assertThat(row(list, "CS-EXPIRING")).contains("Expires in 10 days (" + PlainWords.day(expiry) + ")",
				"Training expires in 10 days");
		assertThat(row(list, "CS-CALM")).contains("Trained; does not expire", "0 of 5", "No sign", "Active");
		assertThat(list).doesNotContain("CORE_5H", "OFFERED", "FatigueLevel");
		assertThat(list.indexOf("data-staff=\"CS-CALM\""))
			.as("the one needing nothing comes after everyone needing attention")
			.isGreaterThan(list.indexOf("data-staff=\"CS-LOAD\""))
			.isGreaterThan(list.indexOf("data-staff=\"CS-TIRED\""))
			.isGreaterThan(list.indexOf("data-staff=\"CS-EXPIRING\""));

		String near = page("/console/supporters?show=near", HttpStatus.OK);
		assertThat(near).contains("data-staff=\"CS-LOAD\"", "data-staff=\"CS-TIRED\"", "data-staff=\"CS-EXPIRING\"")
			.doesNotContain("data-staff=\"CS-CALM\"");

		// The same fatigue the API's list reports.
		admin().get()
			.uri("/api/v1/supporters/fatigue")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.staffId == 'CS-TIRED')].fatigue")
			.isEqualTo("AT");
		post(admin(), "/console/supporters/CS-TIRED/resume").expectStatus().isSeeOther();
	}

	@Test
	void trainingRecordedWithTheFormIsWhatTheApiListsAndAnInvalidDateIsShownNextToItsField() {
		post(admin(), "/console/supporters/CS-CALM/training", "kind", "REFRESHER", "completedOn",
				TODAY.minusDays(3).toString(), "expiresOn", TODAY.plusYears(1).toString())
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/console/supporters/CS-CALM?done=training");
		admin().get()
			.uri("/api/v1/supporters/CS-CALM/training")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.kind == 'REFRESHER')].completedOn")
			.isEqualTo(TODAY.minusDays(3).toString());
		String after = page("/console/supporters/CS-CALM?done=training", HttpStatus.OK);
		assertThat(after).contains("Training recorded.", "Refresher of the core training",
				PlainWords.day(TODAY.minusDays(3)));

		String refused = post(admin(), "/console/supporters/CS-CALM/training", "kind", "ROLE_PLAY", "completedOn",
				"31/12/2026", "expiresOn", "")
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused).contains("Nothing was saved")
			.containsPattern("id=\"field-completedOn\" name=\"completedOn\" value=\"31/12/2026\" aria-invalid=\"true\""
					+ " aria-describedby=\"field-completedOn-problem\"")
			.contains("<p class=\"problem\" id=\"field-completedOn-problem\">")
			.contains("<option value=\"ROLE_PLAY\" selected>Role-play practice</option>");
		// The API refuses the same input the same way.
		admin().post()
			.uri("/api/v1/supporters/CS-CALM/training")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("kind", "ROLE_PLAY", "completedOn", "31/12/2026"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("completedOn");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM training_record WHERE staff_id = 'CS-CALM' AND kind = 'ROLE_PLAY'",
				Integer.class))
			.isZero();
	}

	@Test
	void pauseUntilADayAndResumeAsTheApiDoes() {
		LocalDate until = TODAY.plusDays(14);
		post(admin(), "/console/supporters/CS-CALM/pause", "until", until.toString()).expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/console/supporters/CS-CALM?done=paused");
		load("CS-CALM").jsonPath("$.paused").isEqualTo(true).jsonPath("$.pausedUntil").isEqualTo(until.toString());
		assertThat(page("/console/supporters/CS-CALM?done=paused", HttpStatus.OK)).contains("Paused: no new offers",
				"Paused until " + PlainWords.day(until), "Resume offers");

		String refused = post(admin(), "/console/supporters/CS-CALM/pause", "until", TODAY.minusDays(1).toString())
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused).contains("id=\"field-until-problem\">must be today or a later day");

		post(admin(), "/console/supporters/CS-CALM/resume").expectStatus().isSeeOther();
		load("CS-CALM").jsonPath("$.paused").isEqualTo(false);
		assertThat(page("/console/supporters/CS-CALM?done=resumed", HttpStatus.OK)).contains("Resumed")
			.doesNotContain("Resume offers");
	}

	@Test
	void onlyAdministratorsAndAnUnknownSupporterIsNotFound() {
		WebTestClient clinician = as(TestIdentity.get().clinician("CS-CALM"));
		clinician.get().uri("/console/supporters").exchange().expectStatus().isForbidden();
		clinician.get().uri("/console/supporters/CS-CALM").exchange().expectStatus().isForbidden();
		post(clinician, "/console/supporters/CS-CALM/pause").expectStatus().isForbidden();
		as(TestIdentity.get().director()).get().uri("/console/supporters").exchange().expectStatus().isForbidden();
		assertThat(page("/console/supporters/NOBODY", HttpStatus.NOT_FOUND)).contains("No such supporter");
		assertThat(page("/console/supporters/CS-CLIN", HttpStatus.NOT_FOUND)).as("not a supporter")
			.contains("No such supporter")
			.doesNotContain("Cleo");
		post(admin(), "/console/supporters/NOBODY/pause").expectStatus().isNotFound();
	}

	@Test
	void aSessionsFormPostNeedsItsCsrfToken() {
		WebTestClient browser = adminSessionWithoutCsrfToken();
		EntityExchangeResult<String> page = browser.get()
			.uri("/console/supporters/CS-CALM")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		String session = page.getResponseCookies().getFirst("matching-session").getValue();
		String html = page.getResponseBody();
		assertThat(count(html, "name=\"_csrf\"")).as("a token in every form").isEqualTo(count(html, "<form"));
		Matcher token = CSRF.matcher(html);
		assertThat(token.find()).isTrue();
		for (String forged : new String[] { null, "not-the-token" }) {
			var form = BodyInserters.fromFormData("until", "");
			if (forged != null) {
				form = form.with("_csrf", forged);
			}
			browser.post()
				.uri("/console/supporters/CS-CALM/pause")
				.cookie("matching-session", session)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		load("CS-CALM").jsonPath("$.paused").isEqualTo(false);
		browser.post()
			.uri("/console/supporters/CS-CALM/pause")
			.cookie("matching-session", session)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("until", "").with("_csrf", token.group(1)))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.value(HttpHeaders.LOCATION, (location) -> assertThat(location).endsWith("done=paused"));
		load("CS-CALM").jsonPath("$.paused").isEqualTo(true);
		post(admin(), "/console/supporters/CS-CALM/resume").expectStatus().isSeeOther();
	}

	private void recordTrainingByApi(String staffId, LocalDate completed, LocalDate expires) {
		admin().post()
			.uri("/api/v1/supporters/{id}/training", staffId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("kind", "CORE_5H", "completedOn", completed.toString(), "expiresOn", expires.toString()))
			.exchange()
			.expectStatus()
			.isCreated();
	}

	private org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec load(String staffId) {
		return admin().get().uri("/api/v1/supporters/{id}/load", staffId).exchange().expectStatus().isOk().expectBody();
	}

	/** The table row of one supporter. */
	private static String row(String page, String staffId) {
		int start = page.indexOf("<tr data-staff=\"" + staffId + "\"");
		assertThat(start).as("a row for " + staffId).isNotNegative();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

}
