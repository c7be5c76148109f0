package org.peersupport.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import reactor.core.publisher.Mono;

import org.peersupport.testkit.AuthorizationMatrix;
import org.peersupport.testkit.AuthorizationMatrix.Caller;
import org.peersupport.testkit.OwnSections;
import org.peersupport.testkit.TestIdentity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.CLINICIAN;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.DIRECTOR;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.ON_CALL_LEAD;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.SUPPORTER;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

/**
 * The dashboard's row of the authorization matrix, over the service's real route list,
 * plus what the route list does not hold: the page and its assets (router functions and
 * the WebJar handler), signed-in sessions, and a director's facility limit.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DashboardAuthorizationMatrixIT {

	/** What the page and its assets are served at, and who loads them. */
	private static final List<String> PAGES = List.of("/", "/assets/dashboard.css", "/assets/dashboard.js",
			"/assets/report.css", "/assets/report.js", "/webjars/chart.js/4.5.1/dist/chart.umd.min.js");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping routes;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		DashboardServer.infrastructure(registry, "dashboard-matrix-it");
		// Sign-in on, against a provider that is never reached: sessions here are mock
		// ones.
		DashboardServer.pageSignIn(registry, "http://127.0.0.1:1/authorize", "http://127.0.0.1:1/token",
				"http://127.0.0.1:1/jwks");
	}

	/**
	 * Aggregates are the director's; answering a survey is any member of staff's (a
	 * supporter and an on-call lead are staff too).
	 */
	@TestFactory
	Stream<DynamicTest> everyRouteAnswersEachCallerAsTheMatrixSays() {
		return matrix(DashboardServer.client(this.port), this.routes).tests();
	}

	/**
	 * The matrix: the callers each route lets through; {@code RouteFuzzIT} sends as them.
	 */
	static AuthorizationMatrix matrix(WebTestClient web, RequestMappingHandlerMapping routes) {
		return AuthorizationMatrix.of(web, routes)
			.accessTrail()
			.variable("table", "reach")
			.variable("code", "svest-short")
			.allow("GET /api/v1/summary", DIRECTOR)
			.allow("GET /api/v1/stream", DIRECTOR)
			.allow("GET /api/v1/export/{table}.csv", DIRECTOR)
			.allow("GET /reports/monthly", DIRECTOR)
			.allow("POST /api/v1/surveys", DIRECTOR)
			.allow("GET /api/v1/surveys", DIRECTOR)
			.allow("GET /api/v1/surveys/{code}", DIRECTOR)
			.allow("POST /api/v1/surveys/respondent-codes", DIRECTOR)
			.allow("GET /api/v1/surveys/{code}/analysis", DIRECTOR)
			.allow("POST /api/v1/surveys/{code}/responses", CLINICIAN, SUPPORTER, ON_CALL_LEAD);
	}

	/**
	 * The routes that are not controllers: a new one fails here until it is in this test.
	 */
	@Test
	void theDashboardsSectionSaysItHoldsOnlyPseudonymsAndHoldsEachPersonsOwnTrailOnly() {
		WebTestClient web = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(java.time.Duration.ofSeconds(30))
			.build();
		String run = java.util.UUID.randomUUID().toString().substring(0, 8);
		String first = TestIdentity.get().clinician("CD-1-" + run);
		String second = TestIdentity.get().clinician("CD-2-" + run);
		Map<String, Object> mine = OwnSections.read(web, first);
		assertThat(mine).containsEntry("service", "dashboard").containsEntry("records", Map.of());
		assertThat((String) mine.get("about")).startsWith("The dashboard keeps no record that names you");
		OwnSections.read(web, second);
		OwnSections.refusedWithoutStaffId(web);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> OwnSections.recordsOwnRead(OwnSections.read(web, first), OwnSections.PATH));
		assertThat(OwnSections.trail(OwnSections.read(web, first)))
			.allSatisfy((entry) -> assertThat(entry).containsEntry("byYou", true));
		assertThat(OwnSections.read(web, first).toString()).doesNotContain("CD-2-" + run);
	}

	@Test
	void thePageRoutesAreTheOnesThisTestCovers() {
		List<String> found = new ArrayList<>();
		this.context.getBeansOfType(RouterFunction.class)
			.values()
			.forEach((router) -> router.accept(new Routes(found)));
		assertThat(new TreeSet<>(found)).containsExactly("/assets/**", "GET /", "GET /signed-out");
	}

	@TestFactory
	Stream<DynamicTest> thePageAndItsAssetsAreTheDirectorsOnly() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String page : PAGES) {
			for (Caller caller : Caller.values()) {
				tests.add(DynamicTest.dynamicTest("GET " + page + " as " + caller, () -> {
					WebTestClient.RequestHeadersSpec<?> request = DashboardServer.client(this.port)
						.get()
						.uri(page)
						.accept(MediaType.APPLICATION_JSON);
					if (caller != Caller.NONE) {
						request.headers(TestIdentity.bearer(token(caller)));
					}
					int expected = (caller == Caller.NONE) ? 401 : (caller == DIRECTOR) ? 200 : 403;
					request.exchange().expectStatus().isEqualTo(expected);
				}));
			}
		}
		return tests.stream();
	}

	@Test
	void aBrowserWithoutASessionIsSentToSignInAndTheSignedOutNoticeIsOpen() {
		DashboardServer.client(this.port)
			.get()
			.uri("/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/oauth2/authorization/peersupport");
		DashboardServer.client(this.port)
			.get()
			.uri("/signed-out")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("signed out"));
	}

	@Test
	void aSignedInDirectorsSessionOpensThePageAndItsScriptReachesTheApiWithIt() {
		WebTestClient director = sessions().mutateWith(director());
		director.get()
			.uri("/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*script-src 'self'.*")
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("Peer Support Program"));
		director.get().uri("/assets/dashboard.js").exchange().expectStatus().isOk();
		director.get().uri("/api/v1/summary").exchange().expectStatus().isOk();
		director.get().uri("/api/v1/surveys/svest-short/analysis").exchange().expectStatus().isOk();
		director.get().uri("/reports/monthly?month=2026-11").exchange().expectStatus().isOk();

		WebTestClient clinician = sessions().mutateWith(mockOidcLogin().authorities(authority("CLINICIAN"))
			.idToken((token) -> token.subject("user-C-100").claim("staff_id", "C-100")));
		clinician.get().uri("/").accept(MediaType.TEXT_HTML).exchange().expectStatus().isForbidden();
		clinician.get().uri("/api/v1/summary").exchange().expectStatus().isForbidden();
	}

	/**
	 * A form post in a cookie session needs the CSRF token; a bearer token does not (a
	 * browser never sends one on its own).
	 */
	@Test
	void aPostInASessionNeedsItsCsrfToken() {
		WebTestClient director = sessions().mutateWith(director());
		director.post()
			.uri("/api/v1/surveys/respondent-codes")
			.cookie("dashboard-session", "signed-in")
			.exchange()
			.expectStatus()
			.isForbidden();
		director.mutateWith(csrf())
			.post()
			.uri("/api/v1/surveys/respondent-codes")
			.cookie("dashboard-session", "signed-in")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void aDirectorLimitedToAFacilityIsRefusedOtherFacilitiesAndTheWholeProgramsSurveys() {
		WebTestClient north = DashboardServer.client(this.port, TestIdentity.get().director("NORTH"));
		north.get()
			.uri("/api/v1/summary?facility=SOUTH")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		north.get()
			.uri("/api/v1/summary")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.slice.within[0]")
			.isEqualTo("NORTH");
		north.get().uri("/api/v1/export/reach.csv?facility=SOUTH").exchange().expectStatus().isForbidden();
		north.get().uri("/reports/monthly?month=2026-11&facility=SOUTH").exchange().expectStatus().isForbidden();
		north.get().uri("/api/v1/surveys/svest-short/analysis").exchange().expectStatus().isForbidden();
		north.post()
			.uri("/api/v1/surveys")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden();
		north.get().uri("/api/v1/surveys").exchange().expectStatus().isOk();
		// The same limit through a signed-in session.
		sessions().mutateWith(director().idToken((token) -> token.claim("facilities", List.of("NORTH"))))
			.get()
			.uri("/api/v1/summary?facility=SOUTH")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	/** The content security policy runs no inline script, style or event handler. */
	@Test
	void thePageHoldsNoInlineScriptStyleOrHandler() throws IOException {
		for (String file : List.of("dashboard/page.html")) {
			String html = new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).as(file)
				.doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
				.doesNotContain("<style")
				.doesNotContainPattern("\\sstyle=")
				.doesNotContainPattern("\\son[a-z]+=");
		}
	}

	/** Sessions signed in with mockOidcLogin(), in-process. */
	private WebTestClient sessions() {
		return WebTestClient.bindToApplicationContext(this.context).apply(springSecurity()).configureClient().build();
	}

	private static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.OidcLoginMutator director() {
		return mockOidcLogin().authorities(authority("DIRECTOR"))
			.idToken((token) -> token.subject("director").claim("roles", List.of("DIRECTOR")));
	}

	private static SimpleGrantedAuthority authority(String role) {
		return new SimpleGrantedAuthority("ROLE_" + role);
	}

	private static String token(Caller caller) {
		TestIdentity identity = TestIdentity.get();
		return switch (caller) {
			case NONE -> null;
			case RISK_SYSTEM -> identity.riskSystem("matrix-risk-system");
			case CLINICIAN, SUPPORTER -> identity.clinician(caller.staffId());
			case ADMINISTRATOR -> identity.administrator();
			case DIRECTOR -> identity.director();
			case ON_CALL_LEAD -> identity.onCallLead(caller.staffId());
			case OPERATOR -> identity.operator();
		};
	}

	/** Lists a router function's routes as "METHOD /path" (or the resource pattern). */
	private record Routes(List<String> found) implements RouterFunctions.Visitor {

		@Override
		public void startNested(RequestPredicate predicate) {
		}

		@Override
		public void endNested(RequestPredicate predicate) {
		}

		@Override
		public void route(RequestPredicate predicate, HandlerFunction<?> handlerFunction) {
			this.found.add(predicate.toString().replaceAll("[()]", "").replace(" && ", " "));
		}

		@Override
		public void resources(Function<ServerRequest, Mono<Resource>> lookupFunction) {
			this.found.add(lookupFunction.toString().split(" ")[0]);
		}

		@Override
		public void attributes(Map<String, Object> attributes) {
		}

		@Override
		public void unknown(RouterFunction<?> routerFunction) {
			this.found.add("unknown " + routerFunction);
		}

	}

}
