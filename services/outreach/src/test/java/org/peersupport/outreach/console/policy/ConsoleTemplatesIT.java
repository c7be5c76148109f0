package org.peersupport.outreach.console.policy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
 * The console's templates page: each channel's template with what a clinician receives,
 * rendered by the real renderer from a sample person; a preview of unsaved text; a
 * template the API would refuse refused next to its field, the old one kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class ConsoleTemplatesIT {

	@Autowired
	WebTestClient http;

	private String facility;

	private WebTestClient admin;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("outreach").forEach((key, value) -> registry.add(key, () -> value));
		registry.add("spring.kafka.listener.auto-startup", () -> "false");
		String group = "outreach-console-templates-" + UUID.randomUUID();
		registry.add("spring.kafka.consumer.group-id", () -> group);
		registry.add("peersupport.outreach.program-name", () -> "the Sample Peer Program");
	}

	@BeforeEach
	void facility() {
		this.facility = "TEMPLATES-" + UUID.randomUUID().toString().substring(0, 8);
		String token = TestIdentity.get()
			.token()
			.subject("admin-at-3")
			.staffId("AT-3")
			.roles("ADMINISTRATOR")
			.facilities(this.facility)
			.sign();
		this.admin = this.http.mutate().defaultHeaders(TestIdentity.bearer(token)).build();
	}

	@Test
	void eachChannelShowsWhatAClinicianReceivesRenderedForASamplePerson() {
		String html = html(this.admin.get().uri("/console/templates?facility={f}", this.facility), HttpStatus.OK);
		assertThat(html).contains("<h2 id=\"template-email-heading\">E-mail</h2>",
				"<h2 id=\"template-sms-heading\">Text message</h2>",
				"<h2 id=\"template-phone-heading\">Phone call script</h2>");
		assertThat(html).contains("Dear Sam Sample (example),")
			.contains("A trained peer from the Sample Peer Program would be glad to talk with you")
			.contains("Hi Sam Sample (example), the Sample Peer Program here.")
			.contains("{{name}}")
			.contains("id=\"field-email-body\" name=\"email.body\"");
	}

	@Test
	void aPreviewRendersUnsavedTextAndSavesNothing() {
		String html = html(post("preview", "A word from {{programName}}", "Hello {{name}}, of {{facility}}."),
				HttpStatus.OK);
		assertThat(html).contains("Preview of your unsaved text")
			.contains("<strong>A word from the Sample Peer Program</strong>")
			.contains("Hello Sam Sample (example), of " + this.facility + ".")
			.contains("Nothing is saved yet");
		assertThat(apiTemplate()).containsEntry("subject", "Checking in with you");
	}

	@Test
	void anInvalidTemplateIsRefusedNextToItsFieldAndTheOldOneKept() {
		this.admin.post()
			.uri("/console/templates")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form("save", "Saved subject", "Hi {{name}}, saved.")))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/console/templates?facility=" + this.facility + "&done=email#template-email");
		assertThat(apiTemplate()).containsEntry("body", "Hi {{name}}, saved.");
		String html = html(post("save", "Still a subject", "Dear {{name}}, about {{patientName}}."),
				HttpStatus.BAD_REQUEST);
		assertThat(html)
			.contains("id=\"field-email-body\" name=\"email.body\" rows=\"8\" aria-invalid=\"true\" "
					+ "aria-describedby=\"field-email-body-problem\">Dear {{name}}, about {{patientName}}.</textarea>")
			.contains("<p class=\"problem\" id=\"field-email-body-problem\">uses {{patientName}}; the variables are "
					+ "[facility, name, programName]</p>")
			.contains("Nothing was saved");
		assertThat(apiTemplate()).containsEntry("subject", "Saved subject")
			.containsEntry("body", "Hi {{name}}, saved.");
		assertThat(html(post("save", "", "Hello"), HttpStatus.BAD_REQUEST))
			.contains("<p class=\"problem\" id=\"field-email-subject-problem\">");
	}

	@Test
	void aFormThatCannotBeDecodedIsRefusedAsInput() {
		for (String path : new String[] { "/console/templates", "/console/policy" }) {
			this.admin.post()
				.uri(path)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.bodyValue("channel=EMAIL&sta%sffId=x&action=save")
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	private WebTestClient.RequestHeadersSpec<?> post(String action, String subject, String body) {
		return this.admin.post()
			.uri("/console/templates")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form(action, subject, body)));
	}

	private MultiValueMap<String, String> form(String action, String subject, String body) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("facility", this.facility);
		form.add("channel", "EMAIL");
		form.add("action", action);
		form.add("email.subject", subject);
		form.add("email.body", body);
		return form;
	}

	private Map<String, Object> apiTemplate() {
		return this.admin.get()
			.uri("/api/v1/invitation-templates?facility={f}&channel=EMAIL", this.facility)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private static String html(WebTestClient.RequestHeadersSpec<?> request, HttpStatus status) {
		return request.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
