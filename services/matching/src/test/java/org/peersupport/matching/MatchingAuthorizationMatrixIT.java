package org.peersupport.matching;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.peersupport.matching.portal.TestLinks;
import org.peersupport.testkit.AuthorizationMatrix;
import org.peersupport.testkit.OwnSections;
import org.peersupport.testkit.TestIdentity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peersupport.matching.SupporterTestSupport.PATIENCE;
import static org.peersupport.matching.SupporterTestSupport.html;
import static org.peersupport.matching.SupporterTestSupport.signedIn;
import static org.peersupport.matching.SupporterTestSupport.signedInWithoutCsrfToken;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.ADMINISTRATOR;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.CLINICIAN;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.ON_CALL_LEAD;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.SUPPORTER;

/**
 * Matching's row of the authorization matrix over its real route list. A supporter is a
 * clinician whom the roster marks as one (P-1 here); C-100 is a clinician who is not. The
 * matrix calls with bearer tokens; the portal's sign-in (a session, not a token) and its
 * CSRF protection are tested after it, and so are the object-level checks: another
 * supporter's records and offers, another facility's explanations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class MatchingAuthorizationMatrixIT {

	private static final int SMTP_PORT = SupporterTestSupport.freePort();

	private static final GreenMail SMTP = SupporterTestSupport.startMailServer(SMTP_PORT);

	private static final String ROSTER = SupporterTestSupport.ROSTER + """
			C-100,Cam Clinician,cam@hospital.test,ICU,RN,,false,false,0
			""";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	WebTestClient http;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping routes;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SupporterTestSupport.properties(registry, SMTP_PORT);
	}

	@BeforeEach
	void roster() {
		SupporterTestSupport.importRoster(this.http, ROSTER);
	}

	@AfterAll
	static void stopMail() {
		SMTP.stop();
	}

	@TestFactory
	Stream<DynamicTest> everyRouteAnswersEachCallerAsTheMatrixSays() {
		return matrix(this.http, this.routes).tests();
	}

	/**
	 * The matrix: the callers each route lets through; {@code RouteFuzzIT} sends as them.
	 */
	static AuthorizationMatrix matrix(WebTestClient web, RequestMappingHandlerMapping routes) {
		String supporters = "/api/v1/supporters/{staffId}";
		return AuthorizationMatrix.of(web, routes)
			.accessTrail()
			// Administrators: the roster, training, the fatigue list, batches,
			// explanations.
			.allow("POST /api/v1/staff/import", ADMINISTRATOR)
			.allow("POST /api/v1/matching/batch", ADMINISTRATOR)
			.allow("GET /api/v1/supporters/fatigue", ADMINISTRATOR)
			.allow("GET /api/v1/offers/{offerId}/explanation", ADMINISTRATOR)
			.allow("POST " + supporters + "/training", ADMINISTRATOR)
			.allow("POST /api/v1/match-requests/{caseId}/manual-offers", ADMINISTRATOR)
			// The console's roster, directory and manual assignment: administrators only.
			.allow("GET /console/roster", ADMINISTRATOR)
			.allow("POST /console/roster/preview", ADMINISTRATOR)
			.allow("POST /console/roster/apply", ADMINISTRATOR)
			.allow("GET /console/roster/directory", ADMINISTRATOR)
			.allow("GET /console/cases/{caseId}/assign", ADMINISTRATOR)
			.allow("POST /console/cases/{caseId}/assign", ADMINISTRATOR)
			// A supporter's own record, which administrators see and set too.
			.allow("GET " + supporters + "/training", SUPPORTER, ADMINISTRATOR)
			.allow("GET " + supporters + "/load", SUPPORTER, ADMINISTRATOR)
			.allow("POST " + supporters + "/pause", SUPPORTER, ADMINISTRATOR)
			.allow("POST " + supporters + "/resume", SUPPORTER, ADMINISTRATOR)
			// A supporter's own offers, check-ins and availability: supporters only.
			.allow("GET " + supporters + "/offers", SUPPORTER)
			.allow("POST " + supporters + "/offers/{offerId}/accept", SUPPORTER)
			.allow("POST " + supporters + "/offers/{offerId}/decline", SUPPORTER)
			.allow("POST /api/v1/supporters/{supporterId}/offers/{offerId}/checkins", SUPPORTER)
			.allow("GET " + supporters + "/availability", SUPPORTER)
			.allow("PUT " + supporters + "/availability", SUPPORTER)
			// A clinician's own match preferences (an on-call lead is a clinician too).
			.allow("GET /api/v1/clinicians/{staffId}/match-preferences", CLINICIAN, SUPPORTER, ON_CALL_LEAD)
			.allow("PUT /api/v1/clinicians/{staffId}/match-preferences", CLINICIAN, SUPPORTER, ON_CALL_LEAD)
			// The portal, for its supporter only (a browser signs in: see the tests
			// below).
			.allow("GET /portal/{supporterId}", SUPPORTER)
			.allow("POST /portal/{supporterId}/offers/{offerId}/{action}", SUPPORTER)
			.allow("POST /portal/{supporterId}/offers/{offerId}/checkins", SUPPORTER)
			// SCIM provisioning: the identity system's machine client alone (a role none
			// of these callers holds; ScimUsersIT calls as that client).
			.allow("GET /scim/v2/Users")
			.allow("POST /scim/v2/Users")
			.allow("GET /scim/v2/Users/{id}")
			.allow("PUT /scim/v2/Users/{id}")
			.allow("PATCH /scim/v2/Users/{id}")
			.allow("DELETE /scim/v2/Users/{id}")
			.allow("GET /scim/v2/ServiceProviderConfig")
			.allow("GET /scim/v2/ResourceTypes")
			.allow("GET /scim/v2/Schemas")
			.allow("POST /portal/{supporterId}/recognition", SUPPORTER)
			// The console's supporters and recognition: administrators only.
			.allow("GET /console/supporters", ADMINISTRATOR)
			.allow("GET /console/supporters/{staffId}", ADMINISTRATOR)
			.allow("POST /console/supporters/{staffId}/training", ADMINISTRATOR)
			.allow("POST /console/supporters/{staffId}/pause", ADMINISTRATOR)
			.allow("POST /console/supporters/{staffId}/resume", ADMINISTRATOR)
			.allow("GET /console/recognition", ADMINISTRATOR)
			.allow("GET /console/recognition.csv", ADMINISTRATOR)
			// The e-mail's accept and decline links: capabilities, checked by signature.
			.open("GET /offers/{offerId}/{action}")
			.open("POST /offers/{offerId}/{action}")
			// Their stylesheet, for the same pages with or without a session.
			.open("GET /assets/matching/portal.css")
			.variable("action", "accept")
			.body("POST /api/v1/staff/import", MediaType.parseMediaType("text/csv"), ROSTER);
	}

	@Test
	void aSupporterReachesNoOtherSupportersRecordsAndAClinicianNoOneElsesPreferences() {
		WebTestClient p1 = SupporterTestSupport.staff(this.http, "P-1");
		for (String path : new String[] { "/offers", "/availability", "/load", "/training" }) {
			p1.get().uri("/api/v1/supporters/P-2" + path).exchange().expectStatus().isForbidden();
		}
		p1.post().uri("/api/v1/supporters/P-2/pause").exchange().expectStatus().isForbidden();
		p1.put()
			.uri("/api/v1/supporters/P-2/availability")
			.bodyValue(Map.of("zone", "UTC"))
			.exchange()
			.expectStatus()
			.isForbidden();
		p1.get().uri("/api/v1/clinicians/C-100/match-preferences").exchange().expectStatus().isForbidden();
		SupporterTestSupport.staff(this.http, "C-100")
			.put()
			.uri("/api/v1/clinicians/P-1/match-preferences")
			.bodyValue(Map.of("languages", java.util.List.of("en")))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void eachMemberOfStaffSeesTheirOwnDirectoryEntryAndOffersAndNeverAnothers() {
		String run = java.util.UUID.randomUUID().toString().substring(0, 8);
		String first = "CM-1-" + run;
		String second = "CM-2-" + run;
		SupporterTestSupport.importRoster(this.http,
				ROSTER + first + ",Cora Canary,cora-" + run + "@hospital.test,ICU,RN,,false,false,0\n" + second
						+ ",Dev Canary,dev-" + run + "@hospital.test,ED,MD,,false,false,0\n");
		String caseId = SupporterTestSupport.sendDue(first, "MAIN", "ICU");
		Map<String, Object> offer = SupporterTestSupport.awaitOffer(this.jdbc, caseId);
		String owner = String.valueOf(offer.get("supporter_id"));

		Map<String, Object> mine = OwnSections.read(this.http, TestIdentity.get().clinician(first));
		assertThat(mine).containsEntry("service", "matching").containsEntry("staffId", first);
		assertThat(OwnSections.part(mine, "directoryEntry")).singleElement()
			.satisfies((entry) -> assertThat(entry).containsEntry("name", "Cora Canary")
				.containsEntry("email", "cora-" + run + "@hospital.test"));
		assertThat(mine.toString()).as("opened, not the sealed text").doesNotContain("ps1:");
		assertThat(OwnSections.part(mine, "offersForYou")).singleElement().satisfies((row) -> {
			assertThat(row).containsEntry("offerId", String.valueOf(offer.get("id"))).containsEntry("caseId", caseId);
			assertThat(row).doesNotContainKey("supporterId");
		});
		assertThat(mine.toString()).doesNotContain(second, "Dev Canary", "pat@hospital.test", "lee@hospital.test");

		Map<String, Object> theirs = OwnSections.read(this.http, TestIdentity.get().clinician(second));
		assertThat(OwnSections.part(theirs, "directoryEntry")).singleElement()
			.satisfies((entry) -> assertThat(entry).containsEntry("name", "Dev Canary"));
		assertThat(OwnSections.part(theirs, "offersForYou")).isEmpty();
		assertThat(theirs.toString()).doesNotContain(first, "Cora Canary", caseId);

		Map<String, Object> supporter = OwnSections.read(this.http, TestIdentity.get().clinician(owner));
		assertThat(OwnSections.part(supporter, "offersToYou")).extracting((row) -> row.get("offerId"))
			.contains(String.valueOf(offer.get("id")));
		assertThat(supporter.toString()).doesNotContain("Cora Canary", "cora-" + run);
		OwnSections.refusedWithoutStaffId(this.http);
		await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> OwnSections.recordsOwnRead(OwnSections.read(this.http, TestIdentity.get().clinician(first)),
					OwnSections.PATH));
	}

	@Test
	void anOfferIsAnsweredAndExplainedOnlyByThoseItBelongsTo() {
		String caseId = SupporterTestSupport.sendDue("C-100", "MAIN", "ICU");
		Map<String, Object> offer = SupporterTestSupport.awaitOffer(this.jdbc, caseId);
		String offerId = String.valueOf(offer.get("id"));
		String owner = String.valueOf(offer.get("supporter_id"));
		String other = owner.equals("P-1") ? "P-2" : "P-1";
		WebTestClient stranger = SupporterTestSupport.staff(this.http, other);

		// Under their own id the other supporter has no such offer; under the owner's id
		// they are refused.
		stranger.post()
			.uri("/api/v1/supporters/{s}/offers/{o}/accept", other, offerId)
			.exchange()
			.expectStatus()
			.isNotFound();
		stranger.post()
			.uri("/api/v1/supporters/{s}/offers/{o}/checkins", other, offerId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"contact\":\"REACHED\"}")
			.exchange()
			.expectStatus()
			.isNotFound();
		stranger.post()
			.uri("/api/v1/supporters/{s}/offers/{o}/decline", owner, offerId)
			.exchange()
			.expectStatus()
			.isForbidden();
		stranger.get()
			.uri("/api/v1/supporters/{s}/offers", other)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).doesNotContain(offerId, "cam@hospital.test"));
		assertThat(this.jdbc.queryForObject("SELECT status FROM offer WHERE id = ?::uuid", String.class, offerId))
			.isEqualTo("OFFERED");
		// The owner sees it, with the colleague's contact details.
		SupporterTestSupport.staff(this.http, owner)
			.get()
			.uri("/api/v1/supporters/{s}/offers", owner)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains(offerId, "cam@hospital.test"));

		// An administrator of another facility does not see why it went where it did.
		explanation(TestIdentity.get().administrator("NORTH"), offerId).expectStatus().isForbidden();
		await().atMost(PATIENCE)
			.untilAsserted(() -> explanation(TestIdentity.get().administrator("MAIN"), offerId).expectStatus().isOk());
	}

	@Test
	void withoutASessionThePortalAsksForSignInAndAPortalLinkFromAnEmailOpensNothing() {
		for (String path : new String[] { "/portal/P-1",
				TestLinks.legacyPortal(SupporterTestSupport.LINK_SECRET, "P-1") }) {
			this.http.get()
				.uri(path)
				.accept(MediaType.TEXT_HTML)
				.exchange()
				.expectStatus()
				.isFound()
				.expectHeader()
				.value(HttpHeaders.LOCATION,
						(location) -> assertThat(location).endsWith("/oauth2/authorization/peersupport"));
			// A program asking for JSON is told to authenticate, not sent to a sign-in
			// page.
			this.http.get()
				.uri(path)
				.accept(MediaType.APPLICATION_JSON)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
		this.http.post()
			.uri("/portal/P-1/offers/{o}/accept", UUID.randomUUID())
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("x", "y"))
			.exchange()
			.expectStatus()
			.isFound();
	}

	@Test
	void aSignedInSupporterOpensTheirOwnPortalOnlyAndANonSupporterNone() {
		offerTo("P-1");
		String own = html(signedIn(this.context, "P-1").get().uri("/portal/P-1"), HttpStatus.OK);
		assertThat(own).contains("Pat Peer", "Cam Clinician", "name=\"_csrf\"");
		assertThat(count(own, "name=\"_csrf\"")).as("one token in each form").isEqualTo(count(own, "<form"));
		assertThat(html(signedIn(this.context, "P-2").get().uri("/portal/P-1"), HttpStatus.FORBIDDEN))
			.contains("This page is not yours")
			.doesNotContain("Pat Peer");
		html(signedIn(this.context, "C-100").get().uri("/portal/C-100"), HttpStatus.FORBIDDEN);
		html(signedIn(this.context, "P-2").post()
			.uri("/portal/P-1/offers/{o}/accept", UUID.randomUUID())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("x", "y")), HttpStatus.FORBIDDEN);
	}

	@Test
	void aPortalFormPostInASessionNeedsTheSessionsCsrfToken() {
		offerTo("P-1");
		WebTestClient browser = signedInWithoutCsrfToken(this.context, "P-1");
		EntityExchangeResult<String> page = browser.get()
			.uri("/portal/P-1")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		String session = page.getResponseCookies().getFirst("matching-session").getValue();
		Matcher token = CSRF.matcher(page.getResponseBody());
		assertThat(token.find()).as("the page's forms carry a CSRF token").isTrue();
		assertThat(count(page.getResponseBody(), "name=\"_csrf\"")).as("one token in each form")
			.isEqualTo(count(page.getResponseBody(), "<form"));
		String offer = UUID.randomUUID().toString();

		for (String forged : new String[] { null, "not-the-token" }) {
			var form = BodyInserters.fromFormData("contact", "REACHED");
			if (forged != null) {
				form = form.with("_csrf", forged);
			}
			browser.post()
				.uri("/portal/P-1/offers/{o}/checkins", offer)
				.cookie("matching-session", session)
				.accept(MediaType.TEXT_HTML)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		// With the page's token the form gets through to the offer, which does not exist.
		assertThat(html(
				browser.post()
					.uri("/portal/P-1/offers/{o}/checkins", offer)
					.cookie("matching-session", session)
					.contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.body(BodyInserters.fromFormData("contact", "REACHED").with("_csrf", token.group(1))),
				HttpStatus.NOT_FOUND))
			.contains("We could not find that");
	}

	/**
	 * Makes an offer to this supporter, so their page has forms: the other supporter is
	 * paused meanwhile.
	 */
	private void offerTo(String supporter) {
		String other = supporter.equals("P-1") ? "P-2" : "P-1";
		WebTestClient admin = SupporterTestSupport.admin(this.http);
		admin.post().uri("/api/v1/supporters/{s}/pause", other).exchange().expectStatus().isOk();
		try {
			Map<String, Object> offer = SupporterTestSupport.awaitOffer(this.jdbc,
					SupporterTestSupport.sendDue("C-100", "MAIN", "ICU"));
			assertThat(offer.get("supporter_id")).isEqualTo(supporter);
		}
		finally {
			admin.post().uri("/api/v1/supporters/{s}/resume", other).exchange().expectStatus().isOk();
		}
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private WebTestClient.ResponseSpec explanation(String token, String offerId) {
		return this.http.get()
			.uri("/api/v1/offers/{o}/explanation", offerId)
			.headers(TestIdentity.bearer(token))
			.exchange();
	}

}
