package org.peersupport.matching.notification;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Topics;
import org.peersupport.matching.SupporterTestSupport;
import org.peersupport.matching.portal.TestLinks;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peersupport.matching.SupporterTestSupport.PATIENCE;
import static org.peersupport.matching.SupporterTestSupport.html;
import static org.peersupport.matching.SupporterTestSupport.text;

/**
 * Offers reach supporters by real e-mail (GreenMail), with signed accept and decline
 * links that work, expire and cannot be forged, and a plain link to the portal, which
 * asks for sign-in; an SMTP outage opens the breaker, and every e-mail still arrives once
 * the server is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class SupporterNotificationIT {

	private static final int SMTP_PORT = SupporterTestSupport.freePort();

	private static GreenMail smtp = SupporterTestSupport.startMailServer(SMTP_PORT);

	private static final Pattern ACCEPT = Pattern.compile("Accept:\\s+(\\S+)");

	private static final Pattern DECLINE = Pattern.compile("Decline:\\s+(\\S+)");

	@Autowired
	WebTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CircuitBreakerRegistry breakers;

	@Value("${local.server.port}")
	int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SupporterTestSupport.properties(registry, SMTP_PORT);
	}

	@BeforeEach
	void roster() {
		SupporterTestSupport.importRoster(this.client, SupporterTestSupport.ROSTER + """
				N-1,Dana Reyes,dana@hospital.test,ICU,RN,,false,false,0
				N-2,Ken Ito,ken@hospital.test,ICU,MD,,false,false,0
				N-3,Ada Obi,ada@hospital.test,ED,RN,,false,false,0
				N-4,Tom Lund,tom@hospital.test,ED,RN,,false,false,0
				N-5,Ines Duarte,ines@hospital.test,ICU,RN,,false,false,0
				N-6,Omar Haddad,omar@hospital.test,ICU,RN,,false,false,0
				N-7,Lina Berg,lina@hospital.test,ICU,RN,,false,false,0
				""");
	}

	@AfterAll
	static void stopMail() {
		smtp.stop();
	}

	@Test
	void theSupporterGetsAnEmailWithTheColleaguesContactDetailsAndNoClinicalDetail() throws Exception {
		String caseId = SupporterTestSupport.sendDue("N-1", "FACILITY-CANARY", "UNIT-CANARY");
		Map<String, Object> offer = SupporterTestSupport.awaitOffer(this.jdbc, caseId);
		MimeMessage email = awaitEmail(offer);
		String body = text(email);
		String supporter = String.valueOf(offer.get("supporter_id"));
		assertThat(email.getRecipients(Message.RecipientType.TO)[0].toString())
			.isEqualTo(supporter.equals("P-1") ? "pat@hospital.test" : "lee@hospital.test");
		assertThat(email.getSubject()).isEqualTo("A colleague could use a check-in");
		assertThat(body).contains("Dana Reyes", "dana@hospital.test", "/offers/" + offer.get("id") + "/accept",
				"/portal/" + supporter);
		// Stanford: contact details only. Nothing about the event, the harm, where, or
		// which case. Words are checked in the prose, outside the links: a link's
		// signature is random base64 and may spell "RN" by chance.
		assertThat(body).doesNotContain(caseId, "UNIT-CANARY", "FACILITY-CANARY");
		assertThat(wordsOutsideLinks(body)).contains("Dana", "Reyes").doesNotContain("SEVERE", "severe", "ICU", "RN");
		assertThat(status("supporter_notification", "offer_id", offer.get("id"))).isEqualTo("SENT");
		// The links stop working when the offer expires, which is sooner than the two-day
		// default for links.
		Instant offerExpires = ((Timestamp) offer.get("expires_at")).toInstant();
		assertThat(offerExpires).isBefore(Instant.now().plus(Duration.ofDays(2)).minus(Duration.ofHours(1)));
		Matcher expires = Pattern.compile("/offers/[^\\s]*/accept\\?expires=(\\d+)").matcher(body);
		assertThat(expires.find()).as("accept link with its expiry").isTrue();
		assertThat(Long.parseLong(expires.group(1))).isEqualTo(offerExpires.getEpochSecond());
		// The portal link is a plain address: it carries no credential, and leads a
		// browser to sign-in, so a forwarded e-mail does not open the supporter's page.
		Matcher portal = Pattern.compile("(\\S+/portal/" + Pattern.quote(supporter) + ")(\\S*)").matcher(body);
		assertThat(portal.find()).as("portal link").isTrue();
		assertThat(portal.group(2)).as("nothing after the supporter's id").isEmpty();
		this.client.get()
			.uri(URI.create(portal.group(1)))
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.value("Location", (location) -> assertThat(location).endsWith("/oauth2/authorization/peersupport"));
	}

	@Test
	void theAcceptLinkAsksFirstThenAcceptsOnlyOnPost() {
		String caseId = SupporterTestSupport.sendDue("N-2", "MAIN", "ICU-3");
		Map<String, Object> offer = SupporterTestSupport.awaitOffer(this.jdbc, caseId);
		String accept = link(awaitEmail(offer), ACCEPT);

		String page = html(this.client.get().uri(URI.create(accept)), HttpStatus.OK);
		assertThat(page).contains("Accept the check-in?", "Ken Ito");
		// A mail scanner that opens the link has changed nothing.
		assertThat(status("offer", "id", offer.get("id"))).isEqualTo("OFFERED");

		String answered = html(post(accept), HttpStatus.OK);
		assertThat(answered).contains("Thank you for reaching out");
		assertThat(status("offer", "id", offer.get("id"))).isEqualTo("ACCEPTED");
		await().atMost(PATIENCE)
			.until(() -> TopicReader
				.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(Topics.ASSIGNMENTS_ACCEPTED))
				.stream()
				.anyMatch((r) -> r.value().contains(String.valueOf(offer.get("id")))));
		// Posting again is harmless; the decline link can no longer change the answer.
		html(post(accept), HttpStatus.OK);
		String decline = link(awaitEmail(offer), DECLINE);
		assertThat(html(post(decline), HttpStatus.CONFLICT)).contains("already been answered");
		assertThat(status("offer", "id", offer.get("id"))).isEqualTo("ACCEPTED");
	}

	/**
	 * A browser that already has a session with this service (the supporter signed in to
	 * their page, or opened another link) must send the CSRF token with the answer: the
	 * confirmation page's form carries it.
	 */
	@Test
	void inABrowserWithASessionTheConfirmationPageCarriesTheCsrfTokenTheAnswerNeeds() {
		String caseId = SupporterTestSupport.sendDue("N-7", "MAIN", "ICU");
		Map<String, Object> offer = SupporterTestSupport.awaitOffer(this.jdbc, caseId);
		URI accept = URI.create(link(awaitEmail(offer), ACCEPT));
		EntityExchangeResult<String> page = this.client.get()
			.uri(accept)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		ResponseCookie session = page.getResponseCookies().getFirst("matching-session");
		assertThat(session).as("the page's CSRF token lives in a session").isNotNull();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		Matcher field = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")
			.matcher(page.getResponseBody());
		while (field.find()) {
			form.add(field.group(1), HtmlUtils.htmlUnescape(field.group(2)));
		}
		assertThat(form).containsKeys("expires", "signature", "_csrf");
		String target = accept.getScheme() + "://" + accept.getRawAuthority() + accept.getRawPath();

		MultiValueMap<String, String> withoutToken = new LinkedMultiValueMap<>(form);
		withoutToken.remove("_csrf");
		this.client.post()
			.uri(target)
			.cookie(session.getName(), session.getValue())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(withoutToken))
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(status("offer", "id", offer.get("id"))).isEqualTo("OFFERED");

		assertThat(html(this.client.post()
			.uri(target)
			.cookie(session.getName(), session.getValue())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form)), HttpStatus.OK)).contains("Thank you for reaching out");
		assertThat(status("offer", "id", offer.get("id"))).isEqualTo("ACCEPTED");
	}

	@Test
	void expiredForgedAndTamperedLinksAreRefusedWithAPageAndChangeNothing() {
		String caseId = SupporterTestSupport.sendDue("N-3", "MAIN", "ED");
		Map<String, Object> offer = SupporterTestSupport.awaitOffer(this.jdbc, caseId);
		String accept = link(awaitEmail(offer), ACCEPT);
		String offerId = String.valueOf(offer.get("id"));

		String expired = TestLinks.expired(SupporterTestSupport.LINK_SECRET, "/offers/" + offerId + "/accept", offerId,
				"accept");
		assertThat(html(this.client.get().uri(expired), HttpStatus.GONE)).contains("This link has expired");
		assertThat(html(post(expired), HttpStatus.GONE)).contains("This link has expired");

		String tamperedSignature = accept.substring(0, accept.length() - 2) + (accept.endsWith("AA") ? "BB" : "AA");
		String otherOffer = accept.replace(offerId, UUID.randomUUID().toString());
		String otherAction = accept.replace("/accept?", "/decline?");
		String laterExpiry = accept.replaceAll("expires=(\\d+)", "expires=9999999999");
		String foreignKey = TestLinks.expired("some-other-secret-of-32-bytes-or-more!!",
				"/offers/" + offerId + "/accept", offerId, "accept");
		for (String forged : List.of(tamperedSignature, otherOffer, otherAction, laterExpiry, foreignKey)) {
			assertThat(html(this.client.get().uri(URI.create(absolute(forged))), HttpStatus.FORBIDDEN)).as(forged)
				.contains("This link is not valid");
			assertThat(html(post(forged), HttpStatus.FORBIDDEN)).contains("This link is not valid");
		}
		assertThat(html(this.client.get().uri("/offers/" + offerId + "/accept"), HttpStatus.BAD_REQUEST))
			.contains("This link is incomplete");
		assertThat(status("offer", "id", offerId)).isEqualTo("OFFERED");
	}

	@Test
	void whenSmtpIsDownOffersAreStillMadeTheBreakerOpensAndEveryEmailArrivesOnceItIsBack() {
		smtp.stop();
		CircuitBreaker breaker = this.breakers.circuitBreaker(EmailChannel.INSTANCE);
		List<String> cases = List.of(SupporterTestSupport.sendDue("N-4", "MAIN", "ED"),
				SupporterTestSupport.sendDue("N-5", "MAIN", "ICU"), SupporterTestSupport.sendDue("N-6", "MAIN", "ICU"));
		List<Object> offers = cases.stream()
			.map((c) -> SupporterTestSupport.awaitOffer(this.jdbc, c).get("id"))
			.toList();

		await().atMost(PATIENCE).until(() -> breaker.getState() == CircuitBreaker.State.OPEN);
		await().atMost(PATIENCE).untilAsserted(() -> {
			for (Object offer : offers) {
				assertThat(status("offer", "id", offer)).isEqualTo("OFFERED");
				assertThat(status("supporter_notification", "offer_id", offer)).isEqualTo("PENDING");
			}
			assertThat(this.jdbc.queryForObject(
					"SELECT max(attempts) FROM supporter_notification WHERE offer_id = ANY (?::uuid[])", Integer.class,
					new Object[] { offers.stream().map(String::valueOf).toArray(String[]::new) }))
				.isPositive();
		});

		smtp = SupporterTestSupport.startMailServer(SMTP_PORT);
		await().atMost(PATIENCE).untilAsserted(() -> {
			for (Object offer : offers) {
				assertThat(status("supporter_notification", "offer_id", offer)).isEqualTo("SENT");
			}
		});
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		List<String> bodies = Arrays.stream(smtp.getReceivedMessages()).map(SupporterTestSupport::text).toList();
		for (String colleague : List.of("Tom Lund", "Ines Duarte", "Omar Haddad")) {
			assertThat(bodies).filteredOn((b) -> b.contains(colleague)).hasSize(1);
		}
	}

	/**
	 * The e-mail of this very offer: a rerun or an earlier test may have left other
	 * e-mails about the same colleague in the server.
	 */
	private MimeMessage awaitEmail(Map<String, Object> offer) {
		String offerPath = "/offers/" + offer.get("id") + "/";
		return await().atMost(PATIENCE)
			.until(() -> Arrays.stream(smtp.getReceivedMessages())
				.filter((m) -> text(m).contains(offerPath))
				.findFirst(), java.util.Optional::isPresent)
			.get();
	}

	/** The e-mail's words, leaving out every link (their signatures are random text). */
	static List<String> wordsOutsideLinks(String body) {
		String prose = body.replaceAll("https?://\\S+", " ");
		return Arrays.stream(prose.split("[^\\p{L}\\p{N}-]+")).filter((w) -> !w.isEmpty()).toList();
	}

	private static String link(MimeMessage email, Pattern pattern) {
		Matcher matcher = pattern.matcher(text(email));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private WebTestClient.RequestHeadersSpec<?> post(String link) {
		URI uri = URI.create(absolute(link));
		String query = (uri.getRawQuery() != null) ? uri.getRawQuery() : "";
		return this.client.post()
			.uri(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromValue(query));
	}

	private String absolute(String link) {
		return link.startsWith("http") ? link : "http://localhost:" + this.port + link;
	}

	private String status(String table, String column, Object id) {
		return this.jdbc.queryForObject("SELECT status FROM " + table + " WHERE " + column + " = ?::uuid", String.class,
				String.valueOf(id));
	}

}
