package org.peersupport.matching.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.matching.SupporterTestSupport;
import org.peersupport.matching.engine.rule.ActiveSupporter;
import org.peersupport.matching.engine.rule.NotCoInvolved;
import org.peersupport.matching.engine.rule.NotLineManagement;
import org.peersupport.matching.engine.rule.UnderCapacity;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peersupport.matching.SupporterTestSupport.PATIENCE;

/**
 * Assigning a case by hand: every supporter is shown with the engine's own verdicts (the
 * refusing rule named for a paused, an at-capacity and a conflicted supporter, "passes"
 * for an eligible one); the offer is a real one on {@code assignments.offered.v1},
 * recorded as assigned by the signed-in administrator with the rules overridden; a live
 * offer is replaced, never doubled; what must never be overridden is refused; another
 * facility's case is not found.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class ManualAssignmentIT {

	private static final int SMTP_PORT = SupporterTestSupport.freePort();

	private static final GreenMail SMTP = SupporterTestSupport.startMailServer(SMTP_PORT);

	private static final String HEADER = "staffId,name,email,department,role,supervisorId,supporter,trained,maxActive,facility\n";

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	WebTestClient http;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SupporterTestSupport.properties(registry, SMTP_PORT);
	}

	@AfterAll
	static void stopMail() {
		SMTP.stop();
	}

	@Test
	void eachSupporterShowsTheRuleThatRefusesThemAndAnAssignmentByHandReplacesTheLiveOffer() {
		String caseId = caseWithItsSupporters();
		String firstOffer = String.valueOf(SupporterTestSupport.awaitOffer(this.jdbc, caseId).get("id"));
		String holder = this.jdbc.queryForObject("SELECT supporter_id FROM offer WHERE id = ?::uuid", String.class,
				firstOffer);
		String free = holder.equals(id("OK1")) ? "OK2" : "OK1";

		String page = page(TestIdentity.get().administrator("MAIN"), caseId, HttpStatus.OK);
		assertThat(page).contains("Severe harm")
			.contains("MAIN")
			.contains("Cal Clinician " + this.run)
			.contains("Offered to ");
		assertThat(card(page, "Paula Paused " + this.run)).contains(escaped(new ActiveSupporter().refusal()))
			.contains("You would override")
			.contains("type=\"radio\"");
		assertThat(card(page, "Fran Full " + this.run)).contains(escaped(new UnderCapacity().refusal()))
			.contains("0 of 0 cases");
		assertThat(card(page, "Bo Boss " + this.run)).contains(escaped(new NotLineManagement().refusal()))
			.contains("Never overridden")
			.contains("Cannot be assigned")
			.doesNotContain("type=\"radio\"");
		assertThat(card(page, "Cole Colleague " + this.run)).contains(escaped(new NotCoInvolved().refusal()))
			.contains("Cannot be assigned");
		assertThat(card(page, name(free) + " " + this.run)).contains("Passes every matching rule")
			.doesNotContain("You would override");

		if (holder.equals(id("OK1")) || holder.equals(id("OK2"))) {
			assertThat(card(page, name(holder.equals(id("OK1")) ? "OK1" : "OK2") + " " + this.run))
				.contains("Has this case's offer now")
				.doesNotContain("type=\"radio\"", "You would override");
		}

		// By hand, on the page (a bearer token needs no CSRF token), to the paused one.
		this.http.post()
			.uri("/console/cases/{c}/assign", caseId)
			.headers(TestIdentity.bearer(TestIdentity.get().administrator("MAIN")))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("supporterId", id("PAUSED")))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SEE_OTHER)
			.expectHeader()
			.value(HttpHeaders.LOCATION, (location) -> assertThat(location).endsWith("/assign?done=assigned"));
		Map<String, Object> manual = liveOffer(caseId);
		assertThat(manual).containsEntry("supporter_id", id("PAUSED"));
		assertThat(status(firstOffer)).as("the engine's offer is withdrawn").isEqualTo("WITHDRAWN");
		String explanation = explanation(manual.get("id"));
		assertThat(explanation).contains("\"mode\":\"MANUAL\"")
			.contains("\"assignedBy\":\"admin\"")
			.contains("\"overriddenRules\":[\"ActiveSupporter\"]");
		await().atMost(PATIENCE)
			.until(() -> TopicReader
				.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(Topics.ASSIGNMENTS_OFFERED))
				.stream()
				.anyMatch((r) -> r.value().contains(String.valueOf(manual.get("id")))
						&& r.value().contains(id("PAUSED"))));
		assertThat(page(TestIdentity.get().administrator("MAIN"), caseId, HttpStatus.OK))
			.contains("Offered to Paula Paused " + this.run);

		// The API, sharing the implementation: the paused supporter's offer gives way.
		api(caseId, id(free), TestIdentity.get().administrator()).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.supporterId")
			.isEqualTo(id(free))
			.jsonPath("$.overriddenRules")
			.isEmpty();
		assertThat(liveOffer(caseId)).containsEntry("supporter_id", id(free));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM offer WHERE case_id = ?::uuid AND status IN ('OFFERED', 'ACCEPTED')",
				Integer.class, caseId))
			.as("never two live offers")
			.isOne();
	}

	@Test
	void whatMayNeverBeOverriddenIsRefusedNamingTheSupporter() {
		String caseId = caseWithItsSupporters();
		SupporterTestSupport.awaitOffer(this.jdbc, caseId);
		for (String never : new String[] { "BOSS", "CO", "CL" }) {
			api(caseId, id(never), TestIdentity.get().administrator()).expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("supporterId");
		}
		String page = SupporterTestSupport.html(this.http.post()
			.uri("/console/cases/{c}/assign", caseId)
			.headers(TestIdentity.bearer(TestIdentity.get().administrator()))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("supporterId", id("BOSS"))), HttpStatus.BAD_REQUEST);
		assertThat(page).contains("Nothing was saved").contains("cannot be assigned this case, even by hand");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM offer WHERE case_id = ?::uuid AND supporter_id IN (?, ?, ?)", Integer.class,
				caseId, id("BOSS"), id("CO"), id("CL")))
			.isZero();
	}

	@Test
	void anotherFacilitysCaseIsNotFound() {
		String caseId = caseWithItsSupporters();
		SupporterTestSupport.awaitOffer(this.jdbc, caseId);
		assertThat(page(TestIdentity.get().administrator("NORTH"), caseId, HttpStatus.NOT_FOUND))
			.contains("We could not find that case")
			.doesNotContain("Cal Clinician");
		api(caseId, id("OK1"), TestIdentity.get().administrator("NORTH")).expectStatus().isNotFound();
		page(TestIdentity.get().administrator("MAIN"), caseId, HttpStatus.OK);
		page(TestIdentity.get().administrator(), UUID.randomUUID().toString(), HttpStatus.NOT_FOUND);
	}

	/**
	 * A case of the clinician CL (supervised by BOSS, involved in the event with CO) at
	 * MAIN, and the supporters the page judges: two eligible ones, one paused, one at
	 * capacity.
	 */
	private String caseWithItsSupporters() {
		SupporterTestSupport.importRoster(this.http,
				HEADER + id("CL") + ",Cal Clinician " + this.run + ",cal-" + this.run + "@hospital.test,ICU,RN,"
						+ id("BOSS") + ",true,true,2,MAIN\n" + id("BOSS") + ",Bo Boss " + this.run + ",bo-" + this.run
						+ "@hospital.test,ICU,RN,,true,true,5,MAIN\n" + id("CO") + ",Cole Colleague " + this.run
						+ ",cole-" + this.run + "@hospital.test,ICU,RN,,true,true,5,MAIN\n" + id("OK1") + ",Olga One "
						+ this.run + ",olga-" + this.run + "@hospital.test,ED,RN,,true,true,5,MAIN\n" + id("OK2")
						+ ",Otto Two " + this.run + ",otto-" + this.run + "@hospital.test,ED,RN,,true,true,5,MAIN\n"
						+ id("PAUSED") + ",Paula Paused " + this.run + ",paula-" + this.run
						+ "@hospital.test,ED,RN,,true,true,5,MAIN\n" + id("FULL") + ",Fran Full " + this.run + ",fran-"
						+ this.run + "@hospital.test,ED,RN,,true,true,0,MAIN\n");
		SupporterTestSupport.admin(this.http)
			.post()
			.uri("/api/v1/supporters/{s}/pause", id("PAUSED"))
			.exchange()
			.expectStatus()
			.isOk();
		String caseId = UUID.randomUUID().toString();
		Instant now = Instant.now();
		OutreachDue due = new OutreachDue(caseId, id("CL"), List.of(UUID.randomUUID().toString()), List.of(id("CO")),
				HarmLevel.SEVERE, false, "MAIN", "ICU", now, now, now.plus(Duration.ofHours(24)), null, null);
		SupporterTestSupport.send(Topics.OUTREACH_DUE, id("CL"),
				EventEnvelope.wrap(Events.OUTREACH_DUE, "/test", caseId, now, due, EventJson.mapper()));
		return caseId;
	}

	private String id(String name) {
		return "MA-" + name + "-" + this.run;
	}

	private static String name(String key) {
		return key.equals("OK1") ? "Olga One" : "Otto Two";
	}

	private String page(String token, String caseId, HttpStatus status) {
		return SupporterTestSupport
			.html(this.http.get().uri("/console/cases/{c}/assign", caseId).headers(TestIdentity.bearer(token)), status);
	}

	private WebTestClient.ResponseSpec api(String caseId, String supporterId, String token) {
		return this.http.post()
			.uri("/api/v1/match-requests/{c}/manual-offers", caseId)
			.headers(TestIdentity.bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("supporterId", supporterId))
			.exchange();
	}

	/** The supporter's entry on the page, from their name to the next entry. */
	private static String card(String page, String name) {
		return Arrays.stream(page.split("<div class=\"card\">"))
			.skip(1)
			.filter((part) -> part.contains(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entry for " + name));
	}

	/** A text as the page's escaping writes it. */
	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;");
	}

	private Map<String, Object> liveOffer(String caseId) {
		List<Map<String, Object>> live = this.jdbc
			.queryForList("SELECT id, supporter_id FROM offer WHERE case_id = ?::uuid AND status = 'OFFERED'", caseId);
		assertThat(live).as("one live offer").hasSize(1);
		return live.get(0);
	}

	private String status(String offerId) {
		return this.jdbc.queryForObject("SELECT status FROM offer WHERE id = ?::uuid", String.class, offerId);
	}

	private String explanation(Object offerId) {
		return this.jdbc
			.queryForObject("SELECT explanation::text FROM offer_explanation WHERE offer_id = ?::uuid", String.class,
					String.valueOf(offerId))
			.replace(" ", "");
	}

}
