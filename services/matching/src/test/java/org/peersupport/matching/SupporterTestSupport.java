package org.peersupport.matching;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.embedded.LoopbackPorts;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

/**
 * What the supporter-side integration tests share: real infrastructure, a real SMTP
 * server (GreenMail) on a port of their own, a roster, due cases sent the way outreach
 * sends them, real tokens for the API and signed-in browser sessions for the portal.
 */
public final class SupporterTestSupport {

	public static final Duration PATIENCE = Duration.ofSeconds(30);

	public static final String LINK_SECRET = "integration-test-secret-of-32-bytes-or-more";

	public static final String ROSTER = """
			staffId,name,email,department,role,supervisorId,supporter,trained,maxActive
			P-1,Pat Peer,pat@hospital.test,ED,RN,,true,true,20
			P-2,Lee Peer,lee@hospital.test,Surgery,MD,,true,true,20
			""";

	private SupporterTestSupport() {
	}

	/**
	 * Kafka, PostgreSQL, a fresh consumer group, the SMTP server, page sign-in and quick
	 * timings.
	 */
	public static void properties(DynamicPropertyRegistry registry, int smtpPort) {
		TestInfrastructure.springProperties("matching").forEach((key, value) -> registry.add(key, () -> value));
		pageSignIn(registry);
		String group = "matching-it-" + UUID.randomUUID();
		registry.add("spring.kafka.consumer.group-id", () -> group);
		// Every test case here is high-impact and there are two supporters: without this,
		// the engine's cool-down would leave nobody to offer the third case to.
		registry.add("peersupport.matching.cool-down", () -> "PT0S");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtpPort);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "1000");
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
		registry.add("peersupport.links.secret", () -> LINK_SECRET);
		registry.add("peersupport.notifications.poll-interval", () -> "PT0.2S");
		registry.add("peersupport.notifications.retry-initial", () -> "PT0.5S");
		registry.add("peersupport.notifications.retry-max", () -> "PT1S");
		registry.add("resilience4j.retry.instances.email.max-attempts", () -> "2");
		registry.add("resilience4j.retry.instances.email.wait-duration", () -> "50ms");
		registry.add("resilience4j.circuitbreaker.instances.email.minimum-number-of-calls", () -> "2");
		registry.add("resilience4j.circuitbreaker.instances.email.sliding-window-size", () -> "4");
		registry.add("resilience4j.circuitbreaker.instances.email.wait-duration-in-open-state", () -> "1s");
	}

	/**
	 * A client registration for the pages, as a deployment configures one, so the portal
	 * asks a browser to sign in. Its endpoints are given, not discovered, and never
	 * called: a test only looks at the redirect to sign-in, and signs in with
	 * {@link #signedIn} instead.
	 */
	public static void pageSignIn(DynamicPropertyRegistry registry) {
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
	}

	/**
	 * A browser signed in as this member of staff (Spring Security's mock OIDC login over
	 * the application's own filter chain), whose form posts carry a valid CSRF token.
	 */
	public static WebTestClient signedIn(ApplicationContext context, String staffId) {
		return signedInWithoutCsrfToken(context, staffId).mutateWith(csrf());
	}

	/** The same browser, whose form posts carry no CSRF token. */
	public static WebTestClient signedInWithoutCsrfToken(ApplicationContext context, String staffId) {
		return browser(context)
			.mutateWith(mockOidcLogin().idToken((token) -> token.subject("user-" + staffId).claim("staff_id", staffId))
				.authorities(new SimpleGrantedAuthority("ROLE_CLINICIAN")));
	}

	/** A browser without a session, over the application's own filter chain. */
	public static WebTestClient browser(ApplicationContext context) {
		return WebTestClient.bindToApplicationContext(context)
			.apply(springSecurity())
			.configureClient()
			.responseTimeout(PATIENCE)
			.build();
	}

	public static int freePort() {
		return LoopbackPorts.free();
	}

	/** A real SMTP server on the loopback interface. */
	public static GreenMail startMailServer(int port) {
		GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		return mail;
	}

	/** The API client of an administrator without a facility limit. */
	public static WebTestClient admin(WebTestClient client) {
		return client.mutate().defaultHeaders(TestIdentity.bearer(TestIdentity.get().administrator())).build();
	}

	/** The API client of a member of staff: a supporter, if the roster says so. */
	public static WebTestClient staff(WebTestClient client, String staffId) {
		return client.mutate().defaultHeaders(TestIdentity.bearer(TestIdentity.get().clinician(staffId))).build();
	}

	public static void importRoster(WebTestClient client, String csv) {
		admin(client).post()
			.uri("/api/v1/staff/import")
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue(csv)
			.exchange()
			.expectStatus()
			.isOk();
	}

	/** Sends a due case, as outreach would, and returns its id. */
	public static String sendDue(String staffId, String facility, String unit) {
		String caseId = UUID.randomUUID().toString();
		Instant now = Instant.now();
		OutreachDue due = new OutreachDue(caseId, staffId, List.of(UUID.randomUUID().toString()), List.of(),
				HarmLevel.SEVERE, true, facility, unit, now, now, now.plus(Duration.ofHours(24)));
		send(Topics.OUTREACH_DUE, staffId,
				EventEnvelope.wrap(Events.OUTREACH_DUE, "/test", caseId, now, due, EventJson.mapper()));
		return caseId;
	}

	public static void send(String topic, String key, EventEnvelope envelope) {
		try (var producer = new KafkaProducer<>(
				Map.<String, Object>of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>(topic, key, EventJson.mapper().writeValueAsString(envelope))).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Sends a request for a page and returns the page, checking the status. */
	public static String html(WebTestClient.RequestHeadersSpec<?> request, HttpStatus status) {
		return request.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** The decoded plain-text body of an e-mail. */
	public static String text(MimeMessage email) {
		try {
			return (String) email.getContent();
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Waits for the engine to offer the case and returns the offer's id, supporter,
	 * status and expiry.
	 */
	public static Map<String, Object> awaitOffer(JdbcTemplate jdbc, String caseId) {
		return await().atMost(PATIENCE)
			.until(() -> jdbc
				.queryForList("SELECT id, supporter_id, status, expires_at FROM offer WHERE case_id = ?::uuid", caseId),
					(rows) -> !rows.isEmpty())
			.get(0);
	}

}
