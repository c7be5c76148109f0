package org.peersupport.outreach;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.OutreachEscalated;
import org.peersupport.shredding.PersonKeys;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

/**
 * The console's worklist and case pages over a real broker and PostgreSQL, driven with
 * real bearer tokens (and a signed-in session for CSRF): an administrator sees their
 * facilities' cases oldest first in plain words, acts on one (each action closes or
 * schedules through the API's own path and is recorded with the token's actor), and
 * another facility's administrator finds nothing. A clinician who leaves the directory
 * with an open case puts it on the worklist. Each case names its clinician (and the
 * supporter) from outreach's sealed copy of the directory, escaped, never logged, and
 * says so when the name is shredded or the person is not in the directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
@ExtendWith(OutputCaptureExtension.class)
class ConsoleWorklistIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	/** Codes that must never reach a person reading the page. */
	private static final List<String> CODES = List.of("OFFERS_EXHAUSTED", "WINDOW_AT_RISK", "NEEDS_ATTENTION", "SEVERE",
			"MODERATE", "TEAM_DEBRIEF_PROPOSED", "LEFT_DIRECTORY", "INCIDENT", "CLOSED_BY_ADMINISTRATOR",
			"CONTACTED_OUTSIDE_PLATFORM", "OFFERED");

	@Autowired
	WebTestClient http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PersonKeys keys;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String north = "CW-NORTH-" + this.run;

	private final String south = "CW-SOUTH-" + this.run;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("outreach").forEach((key, value) -> registry.add(key, () -> value));
		registry.add("spring.kafka.consumer.group-id", () -> "outreach-console-worklist-" + UUID.randomUUID());
	}

	@Test
	void anAdministratorSeesTheirFacilitiesCasesOldestFirstInPlainWordsWithTheirDeadlines() {
		Instant now = Instant.now();
		UUID newer = openCase("CW-1-" + this.run, this.north, "NEEDS_ATTENTION", "OFFERS_EXHAUSTED",
				now.plusSeconds(7200));
		escalate(newer, "CW-1-" + this.run, "OFFERS_EXHAUSTED", now.minus(Duration.ofHours(1)));
		UUID older = openCase("CW-2-" + this.run, this.north, "OFFERED", null, now.minus(Duration.ofHours(1)));
		escalate(older, "CW-2-" + this.run, "WINDOW_AT_RISK", now.minus(Duration.ofHours(26)));
		UUID elsewhere = openCase("CW-3-" + this.run, this.south, "NEEDS_ATTENTION", "NO_ELIGIBLE_SUPPORTER", now);
		escalate(elsewhere, "CW-3-" + this.run, "NO_ELIGIBLE_SUPPORTER", now.minus(Duration.ofHours(30)));

		String page = html(as(administrator(this.north, "ADM-N-" + this.run)).get().uri("/console"), HttpStatus.OK);

		assertThat(page).contains("href=\"/console/cases/" + older + "\"")
			.contains("href=\"/console/cases/" + newer + "\"")
			.doesNotContain(elsewhere.toString());
		assertThat(page.indexOf(older.toString())).as("the longest waiting first")
			.isLessThan(page.indexOf(newer.toString()));
		assertThat(page).contains("Time is running out — nobody has accepted yet")
			.contains("Needs a supporter — nobody accepted in time, offers ran out")
			.contains("Overdue since")
			.contains("Handle by")
			.contains("1 day 2 hours")
			.contains("Severe harm")
			.contains(this.north)
			.contains("aria-current=\"page\">Worklist</a>");
		assertThat(visibleText(page)).as("no codes where a person reads").doesNotContain(CODES);
	}

	@Test
	void theClinicianIsNamedFromTheirSealedDirectoryEntryEscapedAndNeverLogged(CapturedOutput output) {
		String named = "CW-11-" + this.run;
		String shredded = "CW-12-" + this.run;
		String unknown = "CW-13-" + this.run;
		String supporter = "CW-14-" + this.run;
		String name = "Ada <b>Bold</b> & Lovelace " + this.run;
		String escaped = "Ada &lt;b&gt;Bold&lt;/b&gt; &amp; Lovelace " + this.run;
		profile(named, name, "RN", "ICU");
		profile(shredded, "Gone Person " + this.run, "MD", "ED");
		this.keys.destroy(shredded);
		profile(supporter, "Sam Supporter " + this.run, "RN", "WARD-3");
		UUID namedCase = openCase(named, this.north, "NEEDS_ATTENTION", "OFFERS_EXHAUSTED", Instant.now());
		UUID shreddedCase = openCase(shredded, this.north, "NEEDS_ATTENTION", "OFFERS_EXHAUSTED", Instant.now());
		UUID unknownCase = openCase(unknown, this.north, "NEEDS_ATTENTION", "UNKNOWN_STAFF", Instant.now());
		this.jdbc.update("UPDATE outreach_case SET supporter_id = ? WHERE id = ?", supporter, namedCase);
		WebTestClient admin = as(administrator(this.north, "ADM-11-" + this.run));

		String worklist = html(admin.get().uri("/console"), HttpStatus.OK);
		assertThat(row(worklist, namedCase))
			.contains("<a href=\"/console/cases/" + namedCase + "\">" + escaped + "</a>")
			.contains("Staff ID " + named);
		assertThat(worklist).as("the name is escaped, never markup").doesNotContain("<b>Bold</b>");
		assertThat(row(worklist, shreddedCase)).contains("(name removed)")
			.contains("Staff ID " + shredded)
			.doesNotContain("Gone Person");
		assertThat(row(worklist, unknownCase)).contains("(not in the directory)").contains("Staff ID " + unknown);

		String page = html(admin.get().uri("/console/cases/{id}", namedCase), HttpStatus.OK);
		assertThat(page).contains("<h1>Case of " + escaped + "</h1>")
			.contains("<dd id=\"case-clinician\">" + escaped + "<span class=\"hint\">Staff ID " + named + "</span>")
			.contains("<dt>Role and department</dt><dd>RN, ICU</dd>")
			.contains("<dd id=\"case-supporter\">Sam Supporter " + this.run)
			.doesNotContain("<b>Bold</b>");
		assertThat(html(admin.get().uri("/console/cases/{id}", shreddedCase), HttpStatus.OK))
			.contains("<h1>Case of staff ID " + shredded + "</h1>")
			.contains("(name removed)")
			.doesNotContain("Gone Person");
		assertThat(output.getAll()).as("names never logged")
			.doesNotContain("Lovelace " + this.run)
			.doesNotContain("Sam Supporter " + this.run);
	}

	@Test
	void anotherFacilitysAdministratorFindsNothingAndOthersAreRefused() {
		String clinician = "CW-4-" + this.run;
		UUID caseId = openCase(clinician, this.north, "NEEDS_ATTENTION", "OFFERS_EXHAUSTED", Instant.now());
		WebTestClient south = as(administrator(this.south, "ADM-S-" + this.run));
		html(south.get().uri("/console/cases/{id}", caseId), HttpStatus.NOT_FOUND);
		south.post()
			.uri("/console/cases/{id}/closure", caseId)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form("reason", "DUPLICATE")))
			.exchange()
			.expectStatus()
			.isNotFound();
		south.post()
			.uri("/api/v1/outreach-cases/{id}/outside-contact", caseId)
			.bodyValue(Map.of())
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		for (String token : List.of(TestIdentity.get().clinician(clinician), TestIdentity.get().director(this.north))) {
			as(token).get().uri("/console").exchange().expectStatus().isForbidden();
			as(token).get().uri("/console/cases/{id}", caseId).exchange().expectStatus().isForbidden();
			as(token).post()
				.uri("/console/cases/{id}/outside-contact", caseId)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(BodyInserters.fromFormData(form("how", "PHONE")))
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		assertThat(status(caseId)).isEqualTo("NEEDS_ATTENTION");
		assertThat(actions(caseId)).isEmpty();
	}

	@Test
	void contactOutsideThePlatformClosesTheCaseRecordedWithTheTokensActorAndAnnounced() {
		String clinician = "CW-5-" + this.run;
		String actor = "ADM-5-" + this.run;
		UUID caseId = openCase(clinician, this.north, "NEEDS_ATTENTION", "OFFERS_EXHAUSTED", Instant.now());
		escalate(caseId, clinician, "OFFERS_EXHAUSTED", Instant.now().minusSeconds(600));
		WebTestClient admin = as(administrator(this.north, actor));
		String page = html(admin.get().uri("/console/cases/{id}", caseId), HttpStatus.OK);
		assertThat(page).contains("Needs a supporter — nobody accepted in time, offers ran out")
			.contains("href=\"/console/cases/" + caseId + "/assign\"")
			.contains("action=\"/console/cases/" + caseId + "/outside-contact\"")
			.doesNotContain("name=\"notes\"")
			.doesNotContain("<textarea");

		admin.post()
			.uri("/console/cases/{id}/outside-contact", caseId)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form("how", "PHONE")))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.valueEquals("Location", "/console/cases/" + caseId + "?done=contacted");

		assertThat(status(caseId)).isEqualTo("CLOSED");
		assertThat(closeReason(caseId)).isEqualTo("CONTACTED_OUTSIDE_PLATFORM");
		assertThat(actions(caseId))
			.containsExactly(Map.of("action", "OUTSIDE_CONTACT", "detail", "PHONE", "actor", actor));
		String after = html(admin.get().uri("/console/cases/{id}?done=contacted", caseId), HttpStatus.OK);
		assertThat(after).contains("Contact outside the platform recorded")
			.contains(actor + " recorded contact outside the platform (by phone)")
			.contains("Closed — contacted outside the platform")
			.doesNotContain("action=\"/console/cases/" + caseId + "/closure\"");
		assertThat(html(admin.get().uri("/console"), HttpStatus.OK)).as("off the worklist")
			.doesNotContain(caseId.toString());
		await().atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_CLOSED, caseId.toString())
				.stream()
				.anyMatch((r) -> OutreachTraffic.data(r, Events.OUTREACH_CLOSED)
					.reason() == CloseReason.CONTACTED_OUTSIDE_PLATFORM));
		// Once closed, nothing more can be done to it.
		admin.post()
			.uri("/console/cases/{id}/closure", caseId)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form("reason", "DUPLICATE")))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(actions(caseId)).hasSize(1);
	}

	@Test
	void anInvalidCloseReasonIsShownNextToItsFieldAndAValidOneClosesTheCase() {
		String clinician = "CW-6-" + this.run;
		String actor = "ADM-6-" + this.run;
		UUID caseId = openCase(clinician, this.north, "NEEDS_ATTENTION", "NO_ELIGIBLE_SUPPORTER", Instant.now());
		WebTestClient admin = as(administrator(this.north, actor));
		String refused = html(admin.post()
			.uri("/console/cases/{id}/closure", caseId)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form("reason", "BECAUSE"))), HttpStatus.BAD_REQUEST);
		assertThat(refused)
			.contains("<a href=\"#field-reason\">Why you are closing it</a>: Choose a reason from the list")
			.contains(
					"id=\"field-reason\" name=\"reason\" required aria-invalid=\"true\" aria-describedby=\"field-reason-problem\"")
			.contains("<p class=\"problem\" id=\"field-reason-problem\">Choose a reason from the list</p>");
		assertThat(visibleText(refused)).doesNotContain("DUPLICATE", "LEFT_ORGANISATION");
		assertThat(status(caseId)).isEqualTo("NEEDS_ATTENTION");

		admin.post()
			.uri("/console/cases/{id}/closure", caseId)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form("reason", "LEFT_ORGANISATION")))
			.exchange()
			.expectStatus()
			.isSeeOther();
		assertThat(closeReason(caseId)).isEqualTo("CLOSED_BY_ADMINISTRATOR");
		assertThat(actions(caseId))
			.containsExactly(Map.of("action", "CLOSED", "detail", "LEFT_ORGANISATION", "actor", actor));
		assertThat(html(admin.get().uri("/console/cases/{id}", caseId), HttpStatus.OK))
			.contains(actor + " closed the case: the clinician left the organisation");
	}

	@Test
	void theApiTakesTheSameActionsAndRefusesTextAndUnknownReasonsByField() {
		String clinician = "CW-7-" + this.run;
		UUID caseId = openCase(clinician, this.north, "NEEDS_ATTENTION", "OFFERS_EXHAUSTED", Instant.now());
		WebTestClient admin = as(administrator(this.north, "ADM-7-" + this.run));
		admin.post()
			.uri("/api/v1/outreach-cases/{id}/closure", caseId)
			.bodyValue(Map.of("reason", "BORED"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("reason");
		admin.post()
			.uri("/api/v1/outreach-cases/{id}/outside-contact", caseId)
			.bodyValue(Map.of("how", "PHONE", "notes", "they were upset"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("notes");
		assertThat(status(caseId)).isEqualTo("NEEDS_ATTENTION");
		admin.post()
			.uri("/api/v1/outreach-cases/{id}/outside-contact", caseId)
			.bodyValue(Map.of("how", "IN_PERSON"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CLOSED")
			.jsonPath("$.closeReason")
			.isEqualTo("CONTACTED_OUTSIDE_PLATFORM");
		assertThat(actions(caseId)).singleElement()
			.satisfies((a) -> assertThat(a).containsEntry("detail", "IN_PERSON"));
	}

	@Test
	void aProposedTeamDebriefIsScheduledFromTheCasePageWithTheApisReader() {
		String clinician = "CW-8-" + this.run;
		String actor = "ADM-8-" + this.run;
		UUID caseId = openCase(clinician, this.north, "OFFERED", null, Instant.now().plusSeconds(7200));
		escalate(caseId, clinician, "TEAM_DEBRIEF_PROPOSED", Instant.now().minusSeconds(300));
		UUID debriefId = UUID.randomUUID();
		this.jdbc.update("""
				INSERT INTO team_debrief (event_id, debrief_id, case_id, facility, involved, status, proposed_at)
				VALUES (?, ?, ?, ?, 4, 'PROPOSED', ?)""", "event-" + caseId, debriefId, caseId, this.north,
				Timestamp.from(Instant.now()));
		WebTestClient admin = as(administrator(this.north, actor));
		String page = html(admin.get().uri("/console/cases/{id}", caseId), HttpStatus.OK);
		String action = "/console/cases/" + caseId + "/team-debrief/" + debriefId;
		assertThat(page).contains("A team debrief is proposed — it needs a time and a place")
			.contains("action=\"" + action + "\"");

		String past = html(
				admin.post()
					.uri(action)
					.contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.body(BodyInserters.fromFormData(
							form("startsAt", local(Instant.now().minus(Duration.ofDays(1))), "place", "Room 4B"))),
				HttpStatus.BAD_REQUEST);
		assertThat(past).contains("<p class=\"problem\" id=\"field-startsAt-problem\">must be in the future</p>")
			.contains("value=\"Room 4B\"");

		MultiValueMap<String, String> plan = form("startsAt", local(Instant.now().plus(Duration.ofDays(2))), "place",
				"Room 4B");
		plan.add("facilitators", "1");
		admin.post()
			.uri(action)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(plan))
			.exchange()
			.expectStatus()
			.isSeeOther();
		Map<String, Object> debrief = this.jdbc.queryForMap(
				"SELECT status, place, facilitators_wanted, scheduled_by FROM team_debrief WHERE debrief_id = ?",
				debriefId);
		assertThat(debrief).containsEntry("status", "SCHEDULED")
			.containsEntry("place", "Room 4B")
			.containsEntry("facilitators_wanted", 1)
			.containsEntry("scheduled_by", actor);
		assertThat(html(admin.get().uri("/console/cases/{id}", caseId), HttpStatus.OK)).contains("Team debrief on ")
			.doesNotContain("action=\"" + action + "\"");
	}

	@Test
	void aSessionsFormPostWithoutItsCsrfTokenIsRefused() {
		UUID caseId = openCase("CW-9-" + this.run, this.north, "NEEDS_ATTENTION", "OFFERS_EXHAUSTED", Instant.now());
		WebTestClient browser = WebTestClient.bindToApplicationContext(this.context)
			.apply(springSecurity())
			.configureClient()
			.responseTimeout(PATIENCE)
			.build()
			.mutateWith(mockOidcLogin()
				.idToken((token) -> token.subject("admin-session")
					.claim("staff_id", "ADM-9")
					.claim("roles", List.of("ADMINISTRATOR")))
				.authorities(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR")));
		EntityExchangeResult<String> page = browser.get()
			.uri("/console/cases/{id}", caseId)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		assertThat(page.getResponseBody().split("name=\"_csrf\"", -1)).as("one token in each form")
			.hasSize(page.getResponseBody().split("<form", -1).length);
		String session = page.getResponseCookies().getFirst("outreach-session").getValue();
		for (String forged : new String[] { null, "not-the-token" }) {
			MultiValueMap<String, String> post = form("how", "PHONE");
			if (forged != null) {
				post.add("_csrf", forged);
			}
			browser.post()
				.uri("/console/cases/{id}/outside-contact", caseId)
				.cookie("outreach-session", session)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(BodyInserters.fromFormData(post))
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		assertThat(status(caseId)).isEqualTo("NEEDS_ATTENTION");
		browser.mutateWith(csrf())
			.post()
			.uri("/console/cases/{id}/outside-contact", caseId)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form("how", "OTHER")))
			.exchange()
			.expectStatus()
			.isSeeOther();
		assertThat(actions(caseId)).singleElement().satisfies((a) -> assertThat(a).containsEntry("actor", "ADM-9"));
	}

	@Test
	void aClinicianWhoLeavesTheDirectoryWithAnOpenCasePutsItOnTheWorklist() {
		String leaver = "CW-10-" + this.run;
		UUID caseId = openCase(leaver, this.north, "OFFERED", null, Instant.now().plusSeconds(7200));
		try (var producer = new KafkaProducer<>(
				Map.<String, Object>of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<String, String>(Topics.STAFF_DIRECTORY, leaver, null)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		await().atMost(PATIENCE).until(() -> "NEEDS_ATTENTION".equals(status(caseId)));
		await().atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_ESCALATED, caseId.toString())
				.stream()
				.map((r) -> OutreachTraffic.data(r, Events.OUTREACH_ESCALATED))
				.map(OutreachEscalated::reason)
				.anyMatch("LEFT_DIRECTORY"::equals));
		String page = html(as(administrator(this.north, "ADM-10-" + this.run)).get().uri("/console"), HttpStatus.OK);
		assertThat(page).contains(caseId.toString())
			.contains("No longer in the staff directory — they may have left the organisation");
	}

	private UUID openCase(String staffId, String facility, String status, String attentionReason, Instant windowEnds) {
		UUID id = UUID.randomUUID();
		Timestamp opened = Timestamp.from(Instant.now().minus(Duration.ofDays(2)));
		this.jdbc.update("""
				INSERT INTO outreach_case (id, staff_id, status, harm, high_impact, facility, unit, first_received_at,
				    due_at, window_ends_at, offered_at, supporter_id, attention_reason, opened_at, updated_at, source)
				VALUES (?, ?, ?, 'SEVERE', false, ?, 'ICU', ?, ?, ?, NULL, NULL, ?, ?, ?, 'INCIDENT')
				""", id, staffId, status, facility, opened, opened, Timestamp.from(windowEnds), attentionReason, opened,
				opened);
		this.jdbc.update(
				"INSERT INTO case_event (id, case_id, event_id, role, co_involved, added_at) VALUES (?, ?, ?, 'PRIMARY', 'X-1,X-2', ?)",
				UUID.randomUUID(), id, "event-" + id, opened);
		return id;
	}

	/** Outreach's copy of a directory entry, its name sealed as matching publishes it. */
	private void profile(String staffId, String name, String role, String department) {
		this.jdbc.update(
				"INSERT INTO staff_profile (staff_id, name, role, department, active, updated_at) VALUES (?, ?, ?, ?, true, ?)",
				staffId, this.keys.seal(staffId, name), role, department, Timestamp.from(Instant.now()));
	}

	/** The worklist row of a case. */
	private static String row(String page, UUID caseId) {
		int start = page.indexOf("<tr data-case=\"" + caseId + "\"");
		assertThat(start).as("a row for " + caseId).isNotNegative();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private void escalate(UUID caseId, String staffId, String reason, Instant at) {
		this.jdbc.update("INSERT INTO escalation (id, case_id, staff_id, reason, escalated_at) VALUES (?, ?, ?, ?, ?)",
				UUID.randomUUID(), caseId, staffId, reason, Timestamp.from(at));
	}

	private String status(UUID caseId) {
		return this.jdbc.queryForObject("SELECT status FROM outreach_case WHERE id = ?", String.class, caseId);
	}

	private String closeReason(UUID caseId) {
		return this.jdbc.queryForObject("SELECT close_reason FROM outreach_case WHERE id = ?", String.class, caseId);
	}

	private List<Map<String, Object>> actions(UUID caseId) {
		return this.jdbc
			.queryForList("SELECT action, detail, actor FROM case_action WHERE case_id = ? ORDER BY acted_at", caseId);
	}

	private static String administrator(String facility, String staffId) {
		return TestIdentity.get()
			.token()
			.subject("user-" + staffId)
			.staffId(staffId)
			.roles("ADMINISTRATOR")
			.facilities(facility)
			.sign();
	}

	private static String local(Instant at) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
			.format(LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MINUTES), ZoneId.systemDefault()));
	}

	/** The page without its markup: what a person reads. */
	private static String visibleText(String html) {
		return html.replaceAll("(?s)<[^>]*>", " ");
	}

	private WebTestClient as(String token) {
		return this.http.mutate().defaultHeaders(TestIdentity.bearer(token)).build();
	}

	private static String html(WebTestClient.RequestHeadersSpec<?> request, HttpStatus status) {
		return request.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static MultiValueMap<String, String> form(String... namesAndValues) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

}
