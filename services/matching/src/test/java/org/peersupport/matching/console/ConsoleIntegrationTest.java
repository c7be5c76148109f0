package org.peersupport.matching.console;

import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;

import org.peersupport.matching.SupporterTestSupport;
import org.peersupport.testkit.TestIdentity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;

/**
 * What the console's supporter and recognition tests share (one application context for
 * both): the supporter-side infrastructure, and fatigue reached at one high-impact case,
 * so a test reaches the signal with one accepted case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "peersupport.matching.fatigue.high-impact-cases=1", "peersupport.matching.batch.window=PT0S" })
@AutoConfigureWebTestClient(timeout = "PT30S")
public abstract class ConsoleIntegrationTest {

	private static final int SMTP_PORT = SupporterTestSupport.freePort();

	private static final GreenMail SMTP = SupporterTestSupport.startMailServer(SMTP_PORT);

	@Autowired
	protected WebTestClient http;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected ApplicationContext context;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SupporterTestSupport.properties(registry, SMTP_PORT);
	}

	@AfterAll
	static void stopMail() {
		SMTP.stop();
	}

	protected WebTestClient admin() {
		return SupporterTestSupport.admin(this.http);
	}

	protected WebTestClient as(String token) {
		return this.http.mutate().defaultHeaders(TestIdentity.bearer(token)).build();
	}

	/** A page as an administrator with a bearer token, checking the status. */
	protected String page(String path, HttpStatus status) {
		return SupporterTestSupport.html(admin().get().uri(path), status);
	}

	/** A console form post as an administrator with a bearer token (no CSRF needed). */
	protected WebTestClient.ResponseSpec post(WebTestClient client, String path, String... fields) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			form.add(fields[i], fields[i + 1]);
		}
		return client.post()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange();
	}

	/**
	 * A browser signed in as an administrator; its posts carry no CSRF token unless the
	 * test gives the page's.
	 */
	protected WebTestClient adminSessionWithoutCsrfToken() {
		return SupporterTestSupport.browser(this.context)
			.mutateWith(mockOidcLogin()
				.idToken((token) -> token.subject("admin-session").claim("roles", List.of("ADMINISTRATOR")))
				.authorities(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR")));
	}

	/** Records a check-in of an accepted offer through the API, as the supporter. */
	protected void checkin(Map<String, Object> offer, String contact) {
		String supporter = String.valueOf(offer.get("supporter_id"));
		SupporterTestSupport.staff(this.http, supporter)
			.post()
			.uri("/api/v1/supporters/{s}/offers/{o}/checkins", supporter, offer.get("id"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"contact\":\"" + contact + "\"}")
			.exchange()
			.expectStatus()
			.isCreated();
	}

	/**
	 * Sends a due case for the clinician that only this supporter can take: every other
	 * supporter (other tests' too: they share the context) is paused until it is offered.
	 * @return the offer
	 */
	protected Map<String, Object> offerOnlyTo(String supporter, String clinician) {
		List<String> others = this.jdbc.queryForList(
				"SELECT staff_id FROM staff_member m WHERE supporter AND staff_id <> ? AND NOT EXISTS "
						+ "(SELECT 1 FROM supporter_state s WHERE s.staff_id = m.staff_id AND s.paused)",
				String.class, supporter);
		others.forEach((other) -> post(admin(), "/console/supporters/" + other + "/pause").expectStatus().isSeeOther());
		try {
			String caseId = SupporterTestSupport.sendDue(clinician, "MAIN", "ICU");
			Map<String, Object> offer = SupporterTestSupport.awaitOffer(this.jdbc, caseId);
			assertThat(offer).containsEntry("supporter_id", supporter);
			offer.put("case_id", caseId);
			return offer;
		}
		finally {
			others.forEach(
					(other) -> post(admin(), "/console/supporters/" + other + "/resume").expectStatus().isSeeOther());
		}
	}

	protected void accept(Map<String, Object> offer) {
		String supporter = String.valueOf(offer.get("supporter_id"));
		SupporterTestSupport.staff(this.http, supporter)
			.post()
			.uri("/api/v1/supporters/{s}/offers/{o}/accept", supporter, offer.get("id"))
			.exchange()
			.expectStatus()
			.isOk();
	}

}
