package org.peersupport.outreach.console.policy;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's policy page over HTTP, with bearer tokens as the API takes them: the form
 * in plain units, a save through the API's reader (a new version by the token's actor), a
 * refused field shown next to itself with the old version still in force, facility limits
 * as the API has them, and "what would happen".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class ConsolePolicyIT {

	/** ISO-8601 durations (PT24H, P3D) as a person must never read them. */
	private static final Pattern ISO_DURATION = Pattern.compile("\\bP(T\\d+[HMS]|\\d+D)");

	@Autowired
	WebTestClient http;

	private String facility;

	private String admin;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("outreach").forEach((key, value) -> registry.add(key, () -> value));
		registry.add("spring.kafka.listener.auto-startup", () -> "false");
		String group = "outreach-console-policy-" + UUID.randomUUID();
		registry.add("spring.kafka.consumer.group-id", () -> group);
	}

	@BeforeEach
	void facility() {
		this.facility = "CONSOLE-" + UUID.randomUUID().toString().substring(0, 8);
		this.admin = TestIdentity.get()
			.token()
			.subject("admin-ap-7")
			.staffId("AP-7")
			.roles("ADMINISTRATOR")
			.facilities(this.facility)
			.sign();
	}

	@Test
	void theFormShowsEveryFieldInPlainUnitsWithoutIsoDurationsOrEnumNames() {
		String html = page(this.admin, "/console/policy?facility=" + this.facility, HttpStatus.OK);
		for (PolicyForm.Section section : PolicyForm.SECTIONS) {
			assertThat(html).contains("<legend>" + section.heading() + "</legend>");
			for (PolicyForm.Spec spec : section.fields()) {
				assertThat(html).as(spec.name()).contains("id=\"" + FormFieldIds.of(spec) + "\"");
			}
		}
		// The built-in values, as the form shows them.
		assertThat(html).containsPattern("id=\"field-acceptWithin\" name=\"acceptWithin\" value=\"2\"")
			.containsPattern("name=\"acceptWithin.unit\"[^>]*>(<option[^>]*>[a-z]+</option>)*"
					+ "<option value=\"hours\" selected>hours</option>")
			.contains("id=\"field-quietHours-start\" name=\"quietHours.start\" value=\"21:00\"")
			.contains("type=\"time\"")
			.contains("value=\"SEVERE\" checked>Severe harm");
		String text = visibleText(html);
		assertThat(ISO_DURATION.matcher(html).find()).as("an ISO duration in the page").isFalse();
		for (String constant : constants()) {
			assertThat(text).as("the text shows no constant").doesNotContainPattern("\\b" + constant + "\\b");
		}
		assertThat(text).contains("Severe harm", "Violence against staff", "All clinical staff",
				"follows the built-in policy");
	}

	@Test
	void aValidSaveMakesANewVersionByTheTokensActor() {
		MultiValueMap<String, String> form = builtInForm();
		form.set("acceptWithin", "3");
		form.set("quietHours.start", "22:00");
		http(this.admin).post()
			.uri("/console/policy")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/console/policy?facility=" + this.facility + "&done=saved");
		Map<String, Object> version = apiPolicy();
		assertThat(version).containsEntry("version", 1).containsEntry("changedBy", "AP-7");
		assertThat(policyField(version, "acceptWithin")).isEqualTo("PT3H");
		String html = page(this.admin, "/console/policy?facility=" + this.facility + "&done=saved", HttpStatus.OK);
		assertThat(html).contains("Policy saved: it is in force from now on.", "Version 1 is in force",
				"changed by AP-7");
		String history = page(this.admin, "/console/policy/history?facility=" + this.facility, HttpStatus.OK);
		assertThat(history).contains("Version 1", "Saved by AP-7");
		form.set("acceptWithin", "90");
		form.set("acceptWithin.unit", "minutes");
		http(this.admin).post()
			.uri("/console/policy")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isSeeOther();
		history = page(this.admin, "/console/policy/history?facility=" + this.facility, HttpStatus.OK);
		assertThat(history).contains("Version 2")
			.containsPattern(
					"<th scope=\"row\">[^<]*Time supporters get to accept an offer</th><td><del>3 hours</del></td>"
							+ "<td><ins>90 minutes</ins></td>");
		assertThat(ISO_DURATION.matcher(history).find()).isFalse();
	}

	@Test
	void anInvalidFieldIsRefusedNextToItselfAndTheOldPolicyStaysInForce() {
		MultiValueMap<String, String> form = builtInForm();
		form.set("acceptWithin", "3");
		http(this.admin).post()
			.uri("/console/policy")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isSeeOther();
		form.set("acceptWithin", "0");
		form.set("windows.harm.MILD", "120");
		form.set("windows.harm.MILD.unit", "days");
		String html = html(http(this.admin).post()
			.uri("/console/policy")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form)), HttpStatus.BAD_REQUEST);
		assertThat(html)
			.contains("id=\"field-acceptWithin\" name=\"acceptWithin\" value=\"0\" aria-invalid=\"true\" "
					+ "aria-describedby=\"field-acceptWithin-problem")
			.contains("<p class=\"problem\" id=\"field-acceptWithin-problem\">must be longer than zero</p>")
			.contains("<p class=\"problem\" id=\"field-windows-harm-MILD-problem\">must not exceed 90 days</p>")
			.contains(
					"<a href=\"#field-acceptWithin\">Time supporters get to accept an offer</a>: must be longer than zero")
			.contains("Nothing was saved");
		Map<String, Object> version = apiPolicy();
		assertThat(version).containsEntry("version", 1);
		assertThat(policyField(version, "acceptWithin")).isEqualTo("PT3H");
	}

	@Test
	void anotherFacilitysAdministratorAndNonAdministratorsAreRefusedAsTheApiRefusesThem() {
		String other = TestIdentity.get().administrator("ELSEWHERE-" + this.facility);
		http(other).get().uri("/api/v1/policy?facility={f}", this.facility).exchange().expectStatus().isForbidden();
		for (String path : new String[] { "/console/policy?facility=", "/console/policy/history?facility=",
				"/console/templates?facility=" }) {
			http(other).get().uri(path + this.facility).exchange().expectStatus().isForbidden();
		}
		MultiValueMap<String, String> form = builtInForm();
		http(other).post()
			.uri("/console/policy")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isForbidden();
		// A limited administrator chooses among their own facilities only: no
		// program default, nobody else's.
		assertThat(page(other, "/console/policy", HttpStatus.OK))
			.contains("<option value=\"ELSEWHERE-" + this.facility + "\" selected>")
			.doesNotContain(ConsoleFacilities.DEFAULT_LABEL)
			.doesNotContain("value=\"" + this.facility + "\"");
		String clinician = TestIdentity.get().clinician("C-CONSOLE");
		String director = TestIdentity.get().director();
		for (String caller : new String[] { clinician, director }) {
			http(caller).get().uri("/console/policy").exchange().expectStatus().isForbidden();
			http(caller).get().uri("/console/policy/history").exchange().expectStatus().isForbidden();
			http(caller).get().uri("/console/templates").exchange().expectStatus().isForbidden();
			http(caller).post()
				.uri("/console/policy")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(BodyInserters.fromFormData(builtInForm()))
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		assertThat(apiPolicy()).containsEntry("version", 0);
	}

	@Test
	void thePreviewSaysWhenTwoReportsWouldBeOfferedAndWhy() {
		MultiValueMap<String, String> form = builtInForm();
		form.set("action", "preview");
		form.set("preview.harm", "MODERATE");
		form.set("preview.day", "TUESDAY");
		form.set("preview.time", "23:10");
		form.set("preview.involved", "4");
		String moderate = html(post(form), HttpStatus.OK);
		assertThat(moderate).contains("What would happen, with the policy in force")
			.containsPattern("<strong>Offered Wednesday \\d+ [A-Z][a-z]{2}, 07:00</strong>")
			.contains("Inside quiet hours 21:00–07:00, so held until they end.")
			.contains("A team debrief is proposed: 4 people involved");
		form.set("preview.harm", "SEVERE");
		form.set("preview.category", "RESUSCITATION");
		form.set("preview.involved", "1");
		String severe = html(post(form), HttpStatus.OK);
		assertThat(severe).containsPattern("<strong>Offered at once, Tuesday \\d+ [A-Z][a-z]{2}, 23:10</strong>")
			.contains("Severe harm is urgent: offered at once, whatever the hour")
			.contains("No team debrief is proposed with 1 person involved");
		// The policy as edited, unsaved: quiet hours from 23:30 let the moderate report
		// go.
		form.set("preview.harm", "MODERATE");
		form.set("preview.category", "");
		form.set("quietHours.start", "23:30");
		form.set("preview.edited", "true");
		String edited = html(post(form), HttpStatus.OK);
		assertThat(edited).contains("with the policy as edited here (not saved)")
			.contains("Outside quiet hours 23:30–07:00, so offered at once.");
		assertThat(apiPolicy()).containsEntry("version", 0);
		// An edited policy that the reader refuses cannot be previewed: its problems
		// show.
		form.set("acceptWithin", "0");
		assertThat(html(post(form), HttpStatus.BAD_REQUEST))
			.contains("<p class=\"problem\" id=\"field-acceptWithin-problem\">must be longer than zero</p>");
	}

	private WebTestClient.RequestHeadersSpec<?> post(MultiValueMap<String, String> form) {
		return http(this.admin).post()
			.uri("/console/policy")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form));
	}

	private MultiValueMap<String, String> builtInForm() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>(PolicyForm.values(Policies.builtIn()));
		form.set("facility", this.facility);
		form.set("action", "save");
		return form;
	}

	private Map<String, Object> apiPolicy() {
		return http(this.admin).get()
			.uri("/api/v1/policy?facility={f}", this.facility)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static Object policyField(Map<String, Object> version, String field) {
		return ((Map<String, Object>) version.get("policy")).get(field);
	}

	private static String[] constants() {
		return java.util.stream.Stream
			.concat(Arrays.stream(HarmLevel.values()).map(Enum::name),
					Arrays.stream(EventCategory.values()).map(Enum::name))
			.toArray(String[]::new);
	}

	/** The text a person reads: tags and their attributes left out. */
	static String visibleText(String html) {
		return html.replaceAll("(?s)<[^>]*>", " ");
	}

	private String page(String token, String uri, HttpStatus status) {
		return html(http(token).get().uri(uri), status);
	}

	private static String html(WebTestClient.RequestHeadersSpec<?> request, HttpStatus status) {
		return request.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient http(String token) {
		return this.http.mutate().defaultHeaders(TestIdentity.bearer(token)).build();
	}

	/** The id of a field's input, or of its fieldset for a set of checkboxes. */
	static final class FormFieldIds {

		static String of(PolicyForm.Spec spec) {
			return org.peersupport.console.ConsoleForm.FormField.id(spec.name());
		}

	}

}
