package org.peersupport.referral.console;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.peersupport.referral.catalog.SupportResource;
import org.peersupport.testkit.TestIdentity;

import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Resources section of the console: the catalog in plain words, a resource added and
 * changed through the same reader as the API (and visible through it), refused fields
 * shown next to their inputs with nothing saved, facilities' own details within the
 * administrator's facilities only, and the console closed to everyone else.
 */
class ConsoleResourcesIT extends ConsolePagesTest {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		infrastructure(registry, "referral-console-resources-" + UUID.randomUUID());
		pageSignIn(registry, "http://127.0.0.1:1/authorize", "http://127.0.0.1:1/token",
				TestIdentity.get().issuer() + "/jwks");
	}

	@Test
	void theCatalogReadsInPlainWords() {
		String html = page(administrator(), "/console/resources", HttpStatus.OK);
		String text = visibleText(html);
		assertThat(text).contains("988 Suicide & Crisis Lifeline", "Crisis line", "Legal advice",
				"Disclosure and apology coaching", "Add a resource", "Confidential");
		assertThat(text).doesNotContain(CODES);
		assertThat(html).contains("aria-current=\"page\"").contains("href=\"/console/resources/988-LIFELINE\"");

		String resource = page(administrator(), "/console/resources/988-LIFELINE", HttpStatus.OK);
		assertThat(visibleText(resource))
			.contains("Kind of help", "Crisis line", "Is using it confidential", "For a crisis right now",
					"Remove 988 Suicide & Crisis Lifeline")
			.doesNotContain(CODES);
		assertThat(resource).contains("<option value=\"CRISIS_LINE\" selected>Crisis line</option>");
	}

	@Test
	void aResourceAddedAndChangedOnThePageIsWhatTheApiServes() {
		String code = "PAGE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		EntityExchangeResult<String> added = post(administrator(), "/console/resources",
				form("code", code, "name", "Staff chaplaincy", "kind", "CHAPLAINCY", "phone", "555 0100", "url",
						"https://chaplaincy.example.org", "hours", "Every day, 8 to 8", "description",
						"Someone to talk to, of any faith or none.", "cost", "Free", "confidential", "true",
						"sortOrder", "70"));
		assertThat(added.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
		assertThat(added.getResponseHeaders().getLocation()).hasToString("/console/resources/" + code + "?done=added");
		assertThat(visibleText(page(administrator(), "/console/resources/" + code + "?done=added", HttpStatus.OK)))
			.contains("Resource added to the catalog.");
		SupportResource created = apiResource(code);
		assertThat(created.name()).isEqualTo("Staff chaplaincy");
		assertThat(created.phone()).isEqualTo("555 0100");
		assertThat(created.confidential()).isTrue();
		assertThat(created.crisis()).isFalse();
		assertThat(created.sortOrder()).isEqualTo(70);

		EntityExchangeResult<String> saved = post(administrator(), "/console/resources/" + code,
				form("version", Long.toString(created.version()), "name", "Staff chaplaincy", "kind", "CHAPLAINCY",
						"phone", "555 0199", "hours", "24 hours", "confidential", "false", "crisis", "true"));
		assertThat(saved.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
		SupportResource changed = apiResource(code);
		assertThat(changed.phone()).isEqualTo("555 0199");
		assertThat(changed.url()).as("an emptied field is emptied").isNull();
		assertThat(changed.crisis()).isTrue();
		assertThat(changed.confidential()).isFalse();
		assertThat(changed.version()).isEqualTo(created.version() + 1);
		assertThat(lastTrailEntry("POST", "/console/resources/{code}")).containsEntry("actor_subject", "admin")
			.containsEntry("actor_roles", "ADMINISTRATOR")
			.containsEntry("outcome", 303);

		// The same version again: someone changed it meanwhile, so nothing is saved.
		EntityExchangeResult<String> stale = post(administrator(), "/console/resources/" + code, form("version",
				Long.toString(created.version()), "name", "Overwritten", "kind", "CHAPLAINCY", "confidential", "true"));
		assertThat(stale.getStatus()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(stale.getResponseBody()).contains("Someone else changed this resource");
		assertThat(apiResource(code).name()).isEqualTo("Staff chaplaincy");

		EntityExchangeResult<String> removed = post(administrator(), "/console/resources/" + code + "/delete",
				form("version", Long.toString(changed.version())));
		assertThat(removed.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
		assertThat(removed.getResponseHeaders().getLocation()).hasToString("/console/resources?done=removed");
		administrator().get().uri("/api/v1/resources/{code}", code).exchange().expectStatus().isNotFound();
	}

	@Test
	void refusedFieldsAreShownNextToTheirInputsAndNothingIsSaved() {
		SupportResource before = apiResource("THERAPY-REFERRAL");
		EntityExchangeResult<String> refused = post(administrator(), "/console/resources/THERAPY-REFERRAL",
				form("version", Long.toString(before.version()), "name", "Renamed", "kind", "THERAPY", "url",
						"not a web address", "sortOrder", "soon"));
		assertThat(refused.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
		String html = refused.getResponseBody();
		assertThat(problemOf(html, "field-url")).isEqualTo("must be an absolute http or https URL");
		assertThat(problemOf(html, "field-sortOrder")).contains("whole number");
		assertThat(html).contains("id=\"field-confidential-problem\"")
			.contains("Nothing was saved")
			.contains("value=\"not a web address\"")
			.contains("value=\"Renamed\"");
		assertThat(apiResource("THERAPY-REFERRAL")).isEqualTo(before);

		EntityExchangeResult<String> newOne = post(administrator(), "/console/resources",
				form("code", "lower case", "name", "", "kind", "THERAPY", "confidential", "true"));
		assertThat(newOne.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(problemOf(newOne.getResponseBody(), "field-code")).contains("upper-case letters");
		assertThat(problemOf(newOne.getResponseBody(), "field-name")).isNotBlank();
	}

	@Test
	void aFacilityLimitedAdministratorSetsOnlyTheirOwnFacilitysDetails() {
		WebTestClient north = as(TestIdentity.get().administrator("NORTH"));
		String list = visibleText(page(north, "/console/resources", HttpStatus.OK));
		assertThat(list).contains("You look after NORTH").doesNotContain("Add a resource");
		String eap = page(north, "/console/resources/EAP", HttpStatus.OK);
		assertThat(eap).doesNotContain("action=\"/console/resources/EAP\"").doesNotContain("/delete");

		assertThat(post(north, "/console/resources/EAP/facility", form("facility", "NORTH", "phone", "555 0123"))
			.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
		assertThat(apiResource("EAP?facility=NORTH").phone()).isEqualTo("555 0123");
		assertThat(visibleText(page(north, "/console/resources/EAP", HttpStatus.OK))).contains("own phone 555 0123");

		// Another facility's details: refused, and nothing is set there.
		assertThat(post(north, "/console/resources/EAP/facility", form("facility", "SOUTH", "phone", "555 0999"))
			.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
		north.get().uri("/console/resources/EAP/facility?facility=SOUTH").exchange().expectStatus().isForbidden();
		assertThat(post(north, "/console/resources/EAP/facility/remove", form("facility", "SOUTH")).getStatus())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(apiResource("EAP?facility=SOUTH").phone()).isNotEqualTo("555 0999");
		// Nor the catalog every facility sees.
		assertThat(post(north, "/console/resources/EAP", form("name", "Ours", "kind", "EAP", "confidential", "true"))
			.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
		north.get().uri("/console/resources/new").exchange().expectStatus().isForbidden();

		// A refused detail is shown next to its field, and the saved one stays.
		EntityExchangeResult<String> refused = post(north, "/console/resources/EAP/facility",
				form("facility", "NORTH", "url", "ftp://eap"));
		assertThat(refused.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(problemOf(refused.getResponseBody(), "field-url"))
			.isEqualTo("must be an absolute http or https URL");
		assertThat(apiResource("EAP?facility=NORTH").phone()).isEqualTo("555 0123");

		assertThat(post(north, "/console/resources/EAP/facility/remove", form("facility", "NORTH")).getStatus())
			.isEqualTo(HttpStatus.SEE_OTHER);
		assertThat(apiResource("EAP?facility=NORTH").phone()).isEqualTo(apiResource("EAP").phone());
	}

	@Test
	void everyoneButAnAdministratorIsRefused() {
		for (String token : new String[] { TestIdentity.get().clinician("C-1"), TestIdentity.get().onCallLead("L-1"),
				TestIdentity.get().director() }) {
			WebTestClient caller = as(token);
			caller.get().uri("/console/resources").exchange().expectStatus().isForbidden();
			caller.get().uri("/console/resources/EAP").exchange().expectStatus().isForbidden();
			assertThat(post(caller, "/console/resources/EAP/facility", form("facility", "NORTH", "phone", "1"))
				.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
		}
		this.web.get()
			.uri("/console/resources")
			.accept(org.springframework.http.MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.valueMatches("Location", ".*/oauth2/authorization/peersupport");
	}

	@Test
	void aSessionsFormPostNeedsItsCsrfToken() {
		String html = page(session(true), "/console/resources/EAP", HttpStatus.OK);
		assertThat(html.split("name=\"_csrf\"", -1)).as("a token in each form but the GET one and sign-out's")
			.hasSize(html.split("method=\"post\"", -1).length);
		MultiValueMap<String, String> change = form("facility", "WEST", "hours", "Weekdays");
		for (String forged : new String[] { null, "not-the-token" }) {
			assertThat(postWithoutToken("/console/resources/EAP", "/console/resources/EAP/facility", change, forged)
				.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
		}
		administrator().get()
			.uri("/api/v1/resources/EAP?facility=WEST")
			.exchange()
			.expectBody()
			.jsonPath("$.hours")
			.value((hours) -> assertThat(hours).isNotEqualTo("Weekdays"));
		assertThat(post(session(true), "/console/resources/EAP/facility", change).getStatus())
			.isEqualTo(HttpStatus.SEE_OTHER);
		assertThat(apiResource("EAP?facility=WEST").hours()).isEqualTo("Weekdays");
		assertThat(lastTrailEntry("POST", "/console/resources/{code}/facility"))
			.containsEntry("actor_subject", "admin-session")
			.containsEntry("outcome", 303);
	}

	private SupportResource apiResource(String codeAndQuery) {
		return administrator().get()
			.uri("/api/v1/resources/" + codeAndQuery)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(SupportResource.class)
			.returnResult()
			.getResponseBody();
	}

}
