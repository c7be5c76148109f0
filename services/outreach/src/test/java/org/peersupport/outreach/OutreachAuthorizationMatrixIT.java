package org.peersupport.outreach;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.peersupport.testkit.AuthorizationMatrix;
import org.peersupport.testkit.OwnSections;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.ADMINISTRATOR;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.CLINICIAN;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.OPERATOR;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.DIRECTOR;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.RISK_SYSTEM;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.ON_CALL_LEAD;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.SUPPORTER;

/**
 * Outreach's row of the authorization matrix over its real route list: the program's
 * administrators run policy, templates, invitations and the worklist; every member of
 * staff (a supporter or an on-call lead is one too) reads and changes their own
 * preferences and reads their own cases, reduced to who offered a check-in. Then the
 * object-level rules: another person's record, another facility's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutreachAuthorizationMatrixIT {

	private static final String NORTH = "MATRIX-NORTH";

	private static final String SOUTH = "MATRIX-SOUTH";

	@Autowired
	WebTestClient http;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping routes;

	@Autowired
	JdbcTemplate jdbc;

	/** C-100's open case in the north, offered by P-1, with an escalation. */
	UUID northCase;

	/** C-200's open case in the south. */
	UUID southCase;

	/** C-300's case in the north, closed after the check-in happened. */
	UUID completedCase;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("outreach").forEach((key, value) -> registry.add(key, () -> value));
		// Only HTTP is under test: the cases are written here, and this context neither
		// consumes nor answers the other tests' traffic on the shared broker.
		registry.add("spring.kafka.listener.auto-startup", () -> "false");
		String group = "outreach-matrix-" + UUID.randomUUID();
		registry.add("spring.kafka.consumer.group-id", () -> group);
	}

	@BeforeAll
	void cases() {
		Instant now = Instant.now();
		this.northCase = insertCase("C-100", NORTH, "NEEDS_ATTENTION", now, "P-1", "OFFERS_EXHAUSTED", null);
		this.jdbc.update("INSERT INTO escalation (id, case_id, staff_id, reason, escalated_at) VALUES (?, ?, ?, ?, ?)",
				UUID.randomUUID(), this.northCase, "C-100", "WINDOW_AT_RISK", Timestamp.from(now));
		this.southCase = insertCase("C-200", SOUTH, "NEEDS_ATTENTION", now, null, "UNKNOWN_STAFF", null);
		this.completedCase = insertCase("C-300", NORTH, "CLOSED", now, "P-1", null, "COMPLETED");
	}

	@TestFactory
	Stream<DynamicTest> everyRouteAnswersEachCallerAsTheMatrixSays() {
		return matrix(this.http, this.routes).tests();
	}

	/**
	 * The matrix: the callers each route lets through; {@code RouteFuzzIT} sends as them.
	 */
	static AuthorizationMatrix matrix(WebTestClient web, RequestMappingHandlerMapping routes) {
		String shift = "{\"lastShiftEnd\":\"2026-11-21T07:00:00Z\",\"nightShift\":true}";
		return AuthorizationMatrix.of(web, routes)
			.accessTrail()
			.allow("GET /api/v1/policy", ADMINISTRATOR)
			.allow("PUT /api/v1/policy", ADMINISTRATOR)
			.allow("GET /api/v1/policy/audit", ADMINISTRATOR)
			.allow("GET /api/v1/invitation-templates", ADMINISTRATOR)
			.allow("PUT /api/v1/invitation-templates", ADMINISTRATOR)
			.allow("GET /api/v1/cases/{caseId}/invitation", ADMINISTRATOR)
			.allow("GET /api/v1/outreach-cases/{caseId}/invitation", ADMINISTRATOR)
			// The console's policy and templates pages: the same as their APIs. Refused
			// as input (nothing to save), so the default policy and templates stay.
			.allow("GET /console/policy", ADMINISTRATOR)
			.allow("POST /console/policy", ADMINISTRATOR)
			.allow("GET /console/policy/history", ADMINISTRATOR)
			.allow("GET /console/templates", ADMINISTRATOR)
			.allow("POST /console/templates", ADMINISTRATOR)
			.body("POST /console/policy", MediaType.APPLICATION_FORM_URLENCODED, "action=save")
			.body("POST /console/templates", MediaType.APPLICATION_FORM_URLENCODED, "channel=EMAIL&action=save")
			// Erasure on request: the program's administrators (ErasureController
			// refuses a facility limit); someone nobody knows, so nothing else changes.
			.allow("POST /api/v1/erasure-requests", ADMINISTRATOR)
			.body("POST /api/v1/erasure-requests", MediaType.APPLICATION_JSON, "{\"staffId\":\"MATRIX-NOBODY\"}")
			// Campaigns: the program's to define, follow, pause and resume.
			.allow("POST /api/v1/campaigns", ADMINISTRATOR)
			.allow("GET /api/v1/campaigns", ADMINISTRATOR)
			.allow("GET /api/v1/campaigns/{campaignId}", ADMINISTRATOR)
			.allow("POST /api/v1/campaigns/{campaignId}/pause", ADMINISTRATOR)
			.allow("POST /api/v1/campaigns/{campaignId}/resume", ADMINISTRATOR)
			// Every member of staff has preferences: supporters and leads are staff too.
			.allow("GET /api/v1/clinicians/{staffId}/preferences", CLINICIAN, SUPPORTER, ON_CALL_LEAD)
			.allow("PUT /api/v1/clinicians/{staffId}/preferences", CLINICIAN, SUPPORTER, ON_CALL_LEAD)
			// Shifts: the clinician's own, or the program's shift feed.
			.allow("GET /api/v1/clinicians/{staffId}/shifts", CLINICIAN, SUPPORTER, ON_CALL_LEAD, ADMINISTRATOR)
			.allow("PUT /api/v1/clinicians/{staffId}/shifts", CLINICIAN, SUPPORTER, ON_CALL_LEAD, ADMINISTRATOR)
			// The worklist for administrators; a clinician's own cases, reduced.
			.allow("GET /api/v1/cases", CLINICIAN, SUPPORTER, ON_CALL_LEAD, ADMINISTRATOR)
			.allow("GET /api/v1/outreach-cases", CLINICIAN, SUPPORTER, ON_CALL_LEAD, ADMINISTRATOR)
			// The console's worklist and case page, and the same actions over the API:
			// the program's administrators (a fresh case id is nobody's: 404).
			.allow("GET /console", ADMINISTRATOR)
			.allow("GET /console/cases/{caseId}", ADMINISTRATOR)
			.allow("POST /console/cases/{caseId}/outside-contact", ADMINISTRATOR)
			.allow("POST /console/cases/{caseId}/closure", ADMINISTRATOR)
			.allow("POST /console/cases/{caseId}/team-debrief/{debriefId}", ADMINISTRATOR)
			.allow("POST /api/v1/outreach-cases/{caseId}/outside-contact", ADMINISTRATOR)
			.allow("POST /api/v1/outreach-cases/{caseId}/closure", ADMINISTRATOR)
			.body("POST /console/cases/{caseId}/outside-contact", MediaType.APPLICATION_FORM_URLENCODED, "how=PHONE")
			.body("POST /console/cases/{caseId}/closure", MediaType.APPLICATION_FORM_URLENCODED, "reason=DUPLICATE")
			.body("POST /console/cases/{caseId}/team-debrief/{debriefId}", MediaType.APPLICATION_FORM_URLENCODED,
					"place=Room+1")
			.body("POST /api/v1/outreach-cases/{caseId}/closure", MediaType.APPLICATION_JSON,
					"{\"reason\":\"DUPLICATE\"}")
			// Team debriefs: the program schedules them; a facilitator (a member of
			// staff matching assigned, checked per debrief) records the outcome.
			.allow("GET /api/v1/team-debriefs", ADMINISTRATOR)
			.allow("GET /api/v1/team-debriefs/{debriefId}", ADMINISTRATOR)
			.allow("PUT /api/v1/team-debriefs/{debriefId}/schedule", ADMINISTRATOR)
			.allow("PUT /api/v1/team-debriefs/{debriefId}/outcome", CLINICIAN, SUPPORTER, ON_CALL_LEAD)
			.allow("GET /api/v1/facilitators/{staffId}/team-debriefs", CLINICIAN, SUPPORTER, ON_CALL_LEAD)
			// Asking for a check-in: the clinician's own; a word about a colleague and
			// the
			// directory to pick them from: any member of staff.
			.allow("POST /api/v1/clinicians/{staffId}/check-in-requests", CLINICIAN, SUPPORTER, ON_CALL_LEAD)
			.allow("POST /api/v1/colleague-referrals", CLINICIAN, SUPPORTER, ON_CALL_LEAD)
			.allow("GET /api/v1/colleagues", CLINICIAN, SUPPORTER, ON_CALL_LEAD)
			// Refused as input, so that the matrix's callers' own cases above stay as
			// they are.
			.body("POST /api/v1/clinicians/{staffId}/check-in-requests", MediaType.APPLICATION_JSON,
					"{\"when\":\"NEVER\"}")
			.body("POST /api/v1/colleague-referrals", MediaType.APPLICATION_JSON, "{\"staffId\":\"C-200\"}")
			// The same as pages, for a signed-in member of staff.
			// A person's own copy, as a download or over the API: any member of staff.
			.allow("GET /my-records", CLINICIAN, SUPPORTER, ON_CALL_LEAD)
			.allow("GET /api/v1/me/records/all", CLINICIAN, SUPPORTER, ON_CALL_LEAD)
			.allow("GET /check-in", CLINICIAN, SUPPORTER, ON_CALL_LEAD)
			.allow("POST /check-in", CLINICIAN, SUPPORTER, ON_CALL_LEAD)
			.allow("GET /refer-a-colleague", CLINICIAN, SUPPORTER, ON_CALL_LEAD)
			// The pages' stylesheet: anyone signed in.
			.allow("GET /assets/outreach/pages.css", RISK_SYSTEM, CLINICIAN, SUPPORTER, ADMINISTRATOR, DIRECTOR,
					ON_CALL_LEAD, OPERATOR)
			.allow("POST /refer-a-colleague", CLINICIAN, SUPPORTER, ON_CALL_LEAD)
			.body("POST /check-in", MediaType.APPLICATION_FORM_URLENCODED, "when=NEVER")
			.body("POST /refer-a-colleague", MediaType.APPLICATION_FORM_URLENCODED, "staffId=C-200")
			.body("PUT /api/v1/clinicians/{staffId}/preferences", MediaType.APPLICATION_JSON,
					"{\"channel\":\"EMAIL\",\"optedOut\":false}")
			.body("PUT /api/v1/clinicians/{staffId}/shifts", MediaType.APPLICATION_JSON, shift);
	}

	@Test
	void aClinicianSeesOnlyThatACheckinWasOfferedAndByWhom() {
		List<Map<String, Object>> own = cases(TestIdentity.get().clinician("C-100"), "/api/v1/cases");
		assertThat(own).singleElement().satisfies((c) -> {
			assertThat(c).containsOnlyKeys("status", "dueAt", "offeredAt", "supporterId");
			assertThat(c).containsEntry("status", "NEEDS_ATTENTION").containsEntry("supporterId", "P-1");
		});
		assertThat(cases(TestIdentity.get().clinician("C-100"), "/api/v1/outreach-cases?staffId=C-100")).isEqualTo(own);
		assertThat(cases(TestIdentity.get().clinician("C-100"), "/api/v1/cases?status=NEEDS_ATTENTION"))
			.as("a status filters the clinician's own cases, never the worklist")
			.isEqualTo(own);
		assertThat(cases(TestIdentity.get().clinician("C-100"), "/api/v1/cases?status=CLOSED")).isEmpty();
	}

	@Test
	void aClinicianReadsTheirOwnSectionNeverAnothersAndEachReadIsInTheTrail() {
		String c100 = TestIdentity.get().clinician("C-100");
		String c200 = TestIdentity.get().clinician("C-200");
		Map<String, Object> own = OwnSections.read(this.http, c100);
		assertThat(own).containsEntry("service", "outreach").containsEntry("staffId", "C-100");
		assertThat(OwnSections.part(own, "cases")).extracting((c) -> c.get("caseId"))
			.containsExactly(this.northCase.toString());
		assertThat(OwnSections.part(own, "cases").get(0)).containsEntry("supporterId", "P-1")
			.doesNotContainKeys("source", "harm", "attentionReason", "closeReason");
		Map<String, Object> other = OwnSections.read(this.http, c200);
		assertThat(OwnSections.part(other, "cases")).extracting((c) -> c.get("caseId"))
			.containsExactly(this.southCase.toString());
		OwnSections.refusedWithoutStaffId(this.http);
		await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> OwnSections.recordsOwnRead(OwnSections.read(this.http, c100), OwnSections.PATH));
		assertThat(OwnSections.trail(OwnSections.read(this.http, c200)))
			.as("C-200's trail holds their own requests and those naming them, never C-100's reads")
			.isNotEmpty()
			.allSatisfy((entry) -> assertThat(Boolean.TRUE.equals(entry.get("byYou"))
					|| String.valueOf(entry.get("resourceId")).matches("(.*[=])?C-200(&.*)?"))
				.isTrue());
	}

	@Test
	void theCopyIsOneAttachmentWithASectionPerServiceAndNoServiceLeftOutSilently() {
		String c100 = TestIdentity.get().clinician("C-100");
		Map<String, Object> copy = as(c100).get()
			.uri("/api/v1/me/records/all")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Content-Disposition", "attachment; filename=\"peersupport-records-C-100-.*\\.json\"")
			.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(copy).containsEntry("staffId", "C-100");
		@SuppressWarnings("unchecked")
		Map<String, Map<String, Object>> sections = (Map<String, Map<String, Object>>) copy.get("sections");
		assertThat(sections).containsOnlyKeys("intake", "outreach", "matching", "referral", "dashboard");
		assertThat(OwnSections.part(sections.get("outreach"), "cases")).extracting((c) -> c.get("caseId"))
			.containsExactly(this.northCase.toString());
		// This context is configured with no other service: each is listed, with why.
		assertThat(copy.get("unavailable")).isEqualTo(List.of("intake", "matching", "referral", "dashboard"));
		assertThat(sections.get("matching")).containsEntry("status", "unavailable")
			.containsEntry("reason", "not configured here (peersupport.my-records.services.matching)");
		as(TestIdentity.get().administrator()).get()
			.uri("/api/v1/me/records/all")
			.exchange()
			.expectStatus()
			.isForbidden();
		await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> OwnSections.recordsOwnRead(OwnSections.read(this.http, c100), "/api/v1/me/records/all"));
	}

	@Test
	void aClinicianReadsNobodyElsesCasesPreferencesOrShifts() {
		WebTestClient clinician = as(TestIdentity.get().clinician("C-100"));
		clinician.get().uri("/api/v1/cases?staffId=C-200").exchange().expectStatus().isForbidden();
		clinician.get().uri("/api/v1/clinicians/C-200/preferences").exchange().expectStatus().isForbidden();
		clinician.put()
			.uri("/api/v1/clinicians/C-200/preferences")
			.bodyValue(Map.of("channel", "EMAIL", "optedOut", true))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		clinician.get().uri("/api/v1/clinicians/C-200/shifts").exchange().expectStatus().isForbidden();
		clinician.put()
			.uri("/api/v1/clinicians/C-200/shifts")
			.bodyValue(Map.of("lastShiftEnd", "2026-11-21T07:00:00Z", "nightShift", true))
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM clinician_preferences WHERE staff_id = 'C-200'",
				Integer.class))
			.isZero();
	}

	@Test
	void anAdministratorSeesTheWorklistOfTheirFacilitiesOnly() {
		List<Map<String, Object>> north = cases(TestIdentity.get().administrator(NORTH),
				"/api/v1/cases?status=NEEDS_ATTENTION");
		assertThat(north).extracting((c) -> c.get("id"))
			.contains(this.northCase.toString())
			.doesNotContain(this.southCase.toString());
		assertThat(north).filteredOn((c) -> c.get("id").equals(this.northCase.toString()))
			.singleElement()
			.satisfies((c) -> assertThat(c).containsEntry("escalations", List.of("WINDOW_AT_RISK")));
		assertThat(cases(TestIdentity.get().administrator(NORTH), "/api/v1/outreach-cases?staffId=C-200")).isEmpty();
		assertThat(cases(TestIdentity.get().administrator(), "/api/v1/cases?status=NEEDS_ATTENTION"))
			.extracting((c) -> c.get("id"))
			.contains(this.northCase.toString(), this.southCase.toString());
	}

	@Test
	void anAdministratorActsOnlyOnTheirFacilitiesCasesOnThePageAndOverTheApi() {
		WebTestClient north = as(TestIdentity.get().administrator(NORTH));
		north.get().uri("/console/cases/{id}", this.northCase).exchange().expectStatus().isOk();
		north.get().uri("/console/cases/{id}", this.southCase).exchange().expectStatus().isNotFound();
		north.post()
			.uri("/console/cases/{id}/closure", this.southCase)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("reason=DUPLICATE")
			.exchange()
			.expectStatus()
			.isNotFound();
		north.post()
			.uri("/api/v1/outreach-cases/{id}/closure", this.southCase)
			.bodyValue(Map.of("reason", "DUPLICATE"))
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(
				this.jdbc.queryForObject("SELECT status FROM outreach_case WHERE id = ?", String.class, this.southCase))
			.isEqualTo("NEEDS_ATTENTION");
	}

	@Test
	void noAdministratorReadsHowACheckinWentForANamedClinician() {
		assertThat(cases(TestIdentity.get().administrator(), "/api/v1/cases?staffId=C-300")).singleElement()
			.satisfies((c) -> {
				assertThat(c).containsEntry("status", "CLOSED").containsEntry("staffId", "C-300");
				assertThat(c.get("closeReason")).isNull();
			});
	}

	@Test
	void anAdministratorRunsOnlyTheirFacilitiesPoliciesTemplatesAndInvitations() {
		WebTestClient north = as(TestIdentity.get().administrator(NORTH));
		north.get().uri("/api/v1/policy?facility={f}", NORTH).exchange().expectStatus().isOk();
		north.get().uri("/api/v1/policy?facility={f}", SOUTH).exchange().expectStatus().isForbidden();
		north.get().uri("/api/v1/policy/audit?facility={f}", SOUTH).exchange().expectStatus().isForbidden();
		// The default governs every facility without its own: not for a limited
		// administrator, however it is spelt.
		north.get().uri("/api/v1/policy").exchange().expectStatus().isForbidden();
		north.get().uri("/api/v1/policy?facility=%20").exchange().expectStatus().isForbidden();
		north.put()
			.uri("/api/v1/policy")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden();
		north.get()
			.uri("/api/v1/invitation-templates?facility={f}&channel=EMAIL", NORTH)
			.exchange()
			.expectStatus()
			.isOk();
		north.get()
			.uri("/api/v1/invitation-templates?facility={f}&channel=EMAIL", SOUTH)
			.exchange()
			.expectStatus()
			.isForbidden();
		north.get().uri("/api/v1/invitation-templates?channel=EMAIL").exchange().expectStatus().isForbidden();
		north.put()
			.uri("/api/v1/invitation-templates?facility={f}&channel=SMS", SOUTH)
			.bodyValue(Map.of("subject", "Hi", "body", "{{name}}, we check in with everyone."))
			.exchange()
			.expectStatus()
			.isForbidden();
		north.get().uri("/api/v1/cases/{id}/invitation?channel=EMAIL", this.northCase).exchange().expectStatus().isOk();
		north.get()
			.uri("/api/v1/outreach-cases/{id}/invitation?channel=EMAIL", this.southCase)
			.exchange()
			.expectStatus()
			.isNotFound();
		// A shift is kept for no facility, so only the clinician or an administrator
		// without a limit reports it.
		north.get().uri("/api/v1/clinicians/C-100/shifts").exchange().expectStatus().isForbidden();
		as(TestIdentity.get().administrator()).get()
			.uri("/api/v1/clinicians/C-100/shifts")
			.exchange()
			.expectStatus()
			.isOk();
	}

	private UUID insertCase(String staffId, String facility, String status, Instant now, String supporterId,
			String attentionReason, String closeReason) {
		UUID id = UUID.randomUUID();
		Timestamp at = Timestamp.from(now);
		this.jdbc.update("""
				INSERT INTO outreach_case (id, staff_id, status, harm, high_impact, facility, unit, first_received_at,
				    due_at, window_ends_at, offered_at, supporter_id, attention_reason, close_reason, closed_at,
				    opened_at, updated_at)
				VALUES (?, ?, ?, 'SEVERE', false, ?, 'ICU', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", id, staffId, status, facility, at, at, Timestamp.from(now.plus(Duration.ofHours(2))),
				(supporterId != null) ? at : null, supporterId, attentionReason, closeReason,
				(closeReason != null) ? at : null, at, at);
		this.jdbc.update(
				"INSERT INTO case_event (id, case_id, event_id, role, co_involved, added_at) VALUES (?, ?, ?, 'PRIMARY', '', ?)",
				UUID.randomUUID(), id, "event-" + id, at);
		return id;
	}

	private List<Map<String, Object>> cases(String token, String uri) {
		return as(token).get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient as(String token) {
		return this.http.mutate().defaultHeaders(TestIdentity.bearer(token)).build();
	}

}
