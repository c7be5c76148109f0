package org.peersupport.outreach;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.outreachcase.OutreachCaseQueries;
import org.peersupport.outreach.outreachcase.OutreachCaseView;
import org.peersupport.shredding.PersonKeys;
import org.peersupport.testkit.OwnSections;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 * The two pages, as a signed-in browser uses them: the check-in page (with "I need to
 * talk now" and the lines to call on every page) and the page for a word about a
 * colleague. Server-rendered, escaped, CSRF-protected, sign-in first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EntryPagesIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	ApplicationContext context;

	@Autowired
	OutreachCaseQueries queries;

	@Autowired
	Clinicians clinicians;

	@Autowired
	PersonKeys keys;

	@Autowired
	ReactiveOAuth2AuthorizedClientService authorizedClients;

	@Autowired
	ReactiveClientRegistrationRepository registrations;

	@Autowired
	JdbcTemplate jdbc;

	private String run;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("outreach").forEach((key, value) -> registry.add(key, () -> value));
		String group = "outreach-pages-" + UUID.randomUUID();
		registry.add("spring.kafka.consumer.group-id", () -> group);
		// A client registration, as a deployment has one, so the pages ask a browser to
		// sign in; its endpoints are never called (the tests sign in with a mock login).
		String registration = "spring.security.oauth2.client.registration.peersupport.";
		String provider = "spring.security.oauth2.client.provider.peersupport.";
		registry.add(registration + "client-id", () -> "peersupport-pages");
		registry.add(registration + "client-authentication-method", () -> "none");
		registry.add(registration + "authorization-grant-type", () -> "authorization_code");
		registry.add(registration + "scope", () -> "openid,profile");
		registry.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
		registry.add(provider + "authorization-uri", () -> "http://127.0.0.1:1/authorize");
		registry.add(provider + "token-uri", () -> "http://127.0.0.1:1/token");
		registry.add(provider + "jwk-set-uri", () -> TestIdentity.get().issuer() + "/jwks");
		registry.add(provider + "user-name-attribute", () -> "sub");
		// Nothing listens there: the copy must list matching as unavailable.
		registry.add("peersupport.my-records.services.matching", () -> "http://127.0.0.1:1");
	}

	@BeforeEach
	void newRun() {
		this.run = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theCheckInPageLinksToTheCopyWhichDownloadsAsOneAttachmentWithTheSessionsOwnToken() {
		String clinician = "PG-5-" + this.run;
		html(signedIn(clinician, true).post()
			.uri("/check-in")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form("when", "THIS_WEEK"))), HttpStatus.OK);
		OutreachCaseView opened = awaitCase(clinician);
		assertThat(html(signedIn(clinician, true).get().uri("/check-in"), HttpStatus.OK))
			.contains("<a href=\"/my-records\" download>Download what the platform holds about me</a>");
		// As oauth2Login does at sign-in: the session's authorized client keeps the
		// access token the identity provider issued.
		Instant now = Instant.now();
		signIn(clinician, TestIdentity.get().clinician(clinician), now, now.plusSeconds(300));
		EntityExchangeResult<Map<String, Object>> download = session(clinician).get()
			.uri("/my-records")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Cache-Control", "no-store")
			.expectHeader()
			.valueMatches("Content-Disposition", "attachment; filename=\"peersupport-records-PG-5-.*\\.json\"")
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult();
		Map<String, Object> copy = download.getResponseBody();
		assertThat(copy).containsEntry("staffId", clinician);
		@SuppressWarnings("unchecked")
		Map<String, Map<String, Object>> sections = (Map<String, Map<String, Object>>) copy.get("sections");
		assertThat(sections).containsOnlyKeys("intake", "outreach", "matching", "referral", "dashboard");
		assertThat(OwnSections.part(sections.get("outreach"), "cases")).extracting((c) -> c.get("caseId"))
			.containsExactly(opened.id().toString());
		assertThat(sections.get("matching")).containsEntry("status", "unavailable")
			.containsEntry("reason", "could not be reached");
		assertThat(copy.get("unavailable")).isEqualTo(List.of("intake", "matching", "referral", "dashboard"));
		await().atMost(PATIENCE)
			.until(() -> this.jdbc.queryForObject("SELECT count(*) FROM access_trail WHERE actor_staff_id = ? "
					+ "AND route = '/my-records' AND outcome = 200", Integer.class, clinician) == 1);
	}

	@Test
	void aSessionWhoseTokenExpiredIsSentToSignInAgainForTheCopy() {
		String clinician = "PG-6-" + this.run;
		Instant now = Instant.now();
		signIn(clinician, TestIdentity.get().clinician(clinician), now.minusSeconds(600), now.minusSeconds(300));
		session(clinician).get()
			.uri("/my-records")
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.valueEquals("Location", "/oauth2/authorization/peersupport");
	}

	@Test
	void aBrowserWithoutASessionIsSentToSignInFirst() {
		browser().get()
			.uri("/check-in")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.valueMatches("Location", ".*/oauth2/authorization/peersupport");
	}

	@Test
	void theCheckInPageOffersTalkingNowAndTheLinesToCallBeforeAnythingElse() {
		String clinician = "PG-1-" + this.run;
		String page = html(signedIn(clinician, true).get().uri("/check-in"), HttpStatus.OK);
		assertThat(page).contains("I need to talk now")
			.contains("You do not need to give")
			.contains("href=\"tel:988\"")
			.contains("1-888-409-0141")
			.contains("name=\"viewport\"")
			.doesNotContain("name=\"reason\"");
		signedIn(clinician, true).get()
			.uri("/check-in")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectHeader()
			.valueEquals("Cache-Control", "no-store")
			.expectHeader()
			.valueMatches("Content-Security-Policy", "default-src 'none'.*frame-ancestors 'none'.*");

		String answer = html(signedIn(clinician, true).post()
			.uri("/check-in")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form("when", "NOW"))), HttpStatus.OK);
		assertThat(answer).contains("on-call lead").contains("tel:988").contains("1-888-409-0141");
		OutreachCaseView opened = awaitCase(clinician);
		assertThat(opened.source()).isEqualTo(CaseSource.SELF_REQUEST);
		await().atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_TALK_NOW, opened.id()).size() == 1);
	}

	@Test
	void aFormPostWithoutTheSessionsCsrfTokenIsRefusedAndAReasonFieldIsRefusedByName() {
		String clinician = "PG-2-" + this.run;
		WebTestClient browser = signedIn(clinician, false);
		EntityExchangeResult<String> page = browser.get()
			.uri("/check-in")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		String session = page.getResponseCookies().getFirst("outreach-session").getValue();
		assertThat(page.getResponseBody().split("name=\"_csrf\"", -1)).as("one token in each form")
			.hasSize(page.getResponseBody().split("<form", -1).length);
		for (String forged : new String[] { null, "not-the-token" }) {
			MultiValueMap<String, String> post = form("when", "TODAY");
			if (forged != null) {
				post.add("_csrf", forged);
			}
			browser.post()
				.uri("/check-in")
				.cookie("outreach-session", session)
				.accept(MediaType.TEXT_HTML)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(BodyInserters.fromFormData(post))
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		String canary = "CANARY-" + UUID.randomUUID();
		MultiValueMap<String, String> withReason = form("when", "TODAY");
		withReason.add("reason", canary);
		withReason.add("language", "es");
		withReason.add("sameRole", "maybe");
		String refused = html(signedIn(clinician, true).post()
			.uri("/check-in")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(withReason)), HttpStatus.BAD_REQUEST);
		assertThat(refused).contains("Please check the form")
			.contains("reason: is not a choice")
			.contains("sameRole")
			.doesNotContain(canary);
		assertThat(this.queries.forClinician(clinician)).isEmpty();
	}

	@Test
	void aColleagueIsPickedFromTheDirectoryByNameEscapedAndTheReferrerIsThankedAndNothingMore() {
		String colleague = "PG-3-" + this.run;
		String referrer = "PG-4-" + this.run;
		OutreachTraffic.send(Events.STAFF_DIRECTORY_ENTRY, colleague, colleague,
				new StaffDirectoryEntry(colleague, this.keys.seal(colleague, "<b>Ada</b> " + this.run),
						colleague + "@hospital.test", "ICU", "RN", null, false, false, null, true, 0,
						java.time.Instant.now()));
		await().atMost(PATIENCE).until(() -> this.clinicians.profile(colleague).isPresent());
		String found = html(signedIn(referrer, true).get().uri("/refer-a-colleague?name={name}", this.run),
				HttpStatus.OK);
		assertThat(found).contains("&lt;b&gt;Ada&lt;/b&gt; " + this.run)
			.doesNotContain("<b>Ada</b>")
			.contains("value=\"" + colleague + "\"");
		assertThat(html(signedIn(referrer, true).get().uri("/refer-a-colleague?name=x"), HttpStatus.BAD_REQUEST))
			.contains("name: must have at least 2 characters");

		MultiValueMap<String, String> referral = form("staffId", colleague);
		referral.add("named", "true");
		String thanks = html(signedIn(referrer, true).post()
			.uri("/refer-a-colleague")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(referral)), HttpStatus.OK);
		assertThat(thanks).contains("will reach out to your colleague").doesNotContain("Ada");
		assertThat(awaitCase(colleague).source()).isEqualTo(CaseSource.COLLEAGUE_REFERRAL);
		assertThat(html(signedIn(referrer, true).post()
			.uri("/refer-a-colleague")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form("staffId", referrer))), HttpStatus.BAD_REQUEST))
			.contains("staffId: is your own staff id");
	}

	private OutreachCaseView awaitCase(String staffId) {
		return await().atMost(PATIENCE).until(() -> {
			List<OutreachCaseView> cases = this.queries.forClinician(staffId);
			return cases.isEmpty() ? null : cases.get(0);
		}, (c) -> c != null);
	}

	private static MultiValueMap<String, String> form(String name, String value) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add(name, value);
		return form;
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

	/** A signed-in browser (an OIDC session), whose form posts carry the token or not. */
	private WebTestClient signedIn(String staffId, boolean withCsrfToken) {
		WebTestClient session = browser()
			.mutateWith(mockOidcLogin().idToken((token) -> token.subject("user-" + staffId).claim("staff_id", staffId))
				.authorities(new SimpleGrantedAuthority("ROLE_CLINICIAN")));
		return withCsrfToken ? session.mutateWith(csrf()) : session;
	}

	/** Keeps the session's access token, as sign-in does. */
	private void signIn(String staffId, String accessToken, Instant issued, Instant expires) {
		this.authorizedClients
			.saveAuthorizedClient(
					new OAuth2AuthorizedClient(registration(), "user-" + staffId,
							new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken, issued, expires)),
					new TestingAuthenticationToken("user-" + staffId, null))
			.block();
	}

	/** A session signed in with the page's own client registration. */
	private WebTestClient session(String staffId) {
		return browser().mutateWith(mockOidcLogin().clientRegistration(registration())
			.idToken((token) -> token.subject("user-" + staffId).claim("staff_id", staffId))
			.authorities(new SimpleGrantedAuthority("ROLE_CLINICIAN")));
	}

	private ClientRegistration registration() {
		return this.registrations.findByRegistrationId("peersupport").block();
	}

	private WebTestClient browser() {
		return WebTestClient.bindToApplicationContext(this.context)
			.apply(springSecurity())
			.configureClient()
			.responseTimeout(PATIENCE)
			.build();
	}

}
