package org.peersupport.referral.console;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peersupport.referral.ReferralServiceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

/**
 * Referral's console pages over HTTP: driven with bearer tokens (no CSRF token needed) or
 * as a signed-in session (which needs one), with page sign-in configured as a deployment
 * has it.
 */
abstract class ConsolePagesTest extends ReferralServiceTest {

	/** Enum names a person must never read on a page. */
	static final String[] CODES = { "CRISIS_LINE", "DISCLOSURE_COACHING", "PSYCHIATRY", "FINANCIAL", "CHAPLAINCY",
			"\"leadId\"", "{\"", "true", "false", "null" };

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	@Autowired
	ApplicationContext context;

	/**
	 * A client registration, as a deployment has one, so the pages ask a browser to sign
	 * in; its endpoints are never called here.
	 */
	static void pageSignIn(DynamicPropertyRegistry registry, String authorizationUri, String tokenUri,
			String jwkSetUri) {
		String registration = "spring.security.oauth2.client.registration.peersupport.";
		String provider = "spring.security.oauth2.client.provider.peersupport.";
		registry.add(registration + "client-id", () -> "peersupport-pages");
		registry.add(registration + "client-authentication-method", () -> "none");
		registry.add(registration + "authorization-grant-type", () -> "authorization_code");
		registry.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
		registry.add(registration + "scope", () -> "openid");
		registry.add(provider + "authorization-uri", () -> authorizationUri);
		registry.add(provider + "token-uri", () -> tokenUri);
		registry.add(provider + "jwk-set-uri", () -> jwkSetUri);
		registry.add(provider + "user-name-attribute", () -> "sub");
	}

	/** A page's HTML, asked for as a browser does. */
	static String page(WebTestClient client, String uri, HttpStatus status) {
		return client.get()
			.uri(uri)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** A form post, as a browser sends it. */
	static EntityExchangeResult<String> post(WebTestClient client, String uri, MultiValueMap<String, String> form) {
		return client.post()
			.uri(uri)
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	static MultiValueMap<String, String> form(String... namesAndValues) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

	/** What a person reads: the text between the tags. */
	static String visibleText(String html) {
		String body = html.substring(html.indexOf("<body>"));
		return org.springframework.web.util.HtmlUtils
			.htmlUnescape(TAG.matcher(body).replaceAll(" ").replaceAll("\\s+", " "));
	}

	/** The problem shown next to a field, from the element tied to it. */
	static String problemOf(String html, String fieldId) {
		Matcher problem = Pattern
			.compile("<p class=\"problem\" id=\"" + Pattern.quote(fieldId) + "-problem\">([^<]*)</p>")
			.matcher(html);
		assertThat(problem.find()).as("a problem next to " + fieldId).isTrue();
		assertThat(html).containsPattern("id=\"" + Pattern.quote(fieldId)
				+ "\"[^>]*aria-invalid=\"true\" aria-describedby=\"" + Pattern.quote(fieldId) + "-problem\"");
		return problem.group(1);
	}

	/**
	 * A signed-in administrator's session, whose form posts carry the CSRF token or not.
	 */
	WebTestClient session(boolean withCsrfToken) {
		WebTestClient session = WebTestClient.bindToApplicationContext(this.context)
			.apply(springSecurity())
			.configureClient()
			.responseTimeout(PATIENCE)
			.build()
			.mutateWith(mockOidcLogin().idToken((token) -> token.subject("admin-session"))
				.authorities(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR")));
		return withCsrfToken ? session.mutateWith(csrf()) : session;
	}

	/**
	 * A form post from a browser signed in to a session: its session cookie sent, as a
	 * browser does, with no CSRF token or a forged one. Always refused.
	 */
	EntityExchangeResult<String> postWithoutToken(String pageUri, String uri, MultiValueMap<String, String> form,
			String forgedToken) {
		WebTestClient browser = session(false);
		EntityExchangeResult<String> page = browser.get()
			.uri(pageUri)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		String cookie = page.getResponseCookies().getFirst("referral-session").getValue();
		MultiValueMap<String, String> sent = new LinkedMultiValueMap<>(form);
		if (forgedToken != null) {
			sent.add("_csrf", forgedToken);
		}
		return browser.post()
			.uri(uri)
			.cookie("referral-session", cookie)
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(sent))
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	/**
	 * The access trail's latest entry for a console route: who the platform recorded as
	 * having acted (from the token or session, never from the form), and the answer.
	 */
	java.util.Map<String, Object> lastTrailEntry(String action, String route) {
		return this.jdbc.queryForMap(
				"SELECT * FROM access_trail WHERE action = ? AND route = ? ORDER BY seq DESC LIMIT 1", action, route);
	}

}
