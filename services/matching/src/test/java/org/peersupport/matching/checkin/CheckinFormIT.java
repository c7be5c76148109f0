package org.peersupport.matching.checkin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.FollowUpDue;
import org.peersupport.contracts.events.FollowUpTrigger;
import org.peersupport.matching.SupporterRecordRetention;
import org.peersupport.matching.SupporterTestSupport;
import org.peersupport.matching.offer.OfferAnswers;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peersupport.matching.SupporterTestSupport.PATIENCE;
import static org.peersupport.matching.SupporterTestSupport.html;
import static org.peersupport.matching.SupporterTestSupport.signedIn;
import static org.peersupport.matching.SupporterTestSupport.text;

/**
 * The check-in outcome, through the API and the portal's form: codes only, once per
 * submission, for the supporter of an accepted offer (the caller, from their token or
 * their signed-in session), announced on {@code checkins.completed.v1}; and no way at all
 * to store words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class CheckinFormIT {

	private static final int SMTP_PORT = SupporterTestSupport.freePort();

	private static final GreenMail SMTP = SupporterTestSupport.startMailServer(SMTP_PORT);

	private static final String LOCAL_EMERGENCY = "On site, dial 5555 for the rapid response team.";

	@Autowired
	WebTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OfferAnswers answers;

	@Autowired
	ApplicationContext context;

	@Autowired
	SupporterRecordRetention retention;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SupporterTestSupport.properties(registry, SMTP_PORT);
		registry.add("peersupport.crisis.facilities.MAIN", () -> LOCAL_EMERGENCY);
	}

	@BeforeEach
	void roster() {
		SupporterTestSupport.importRoster(this.client, SupporterTestSupport.ROSTER + """
				K-1,Dana Reyes,dana@hospital.test,ICU,RN,,false,false,0
				K-2,Ken Ito,ken@hospital.test,ICU,MD,,false,false,0
				K-3,Ada Obi,ada@hospital.test,ED,RN,,false,false,0
				K-4,Tom Lund,tom@hospital.test,ED,RN,,false,false,0
				K-5,Ines Duarte,ines@hospital.test,ICU,RN,,false,false,0
				K-6,"<script>alert(1)</script> Omar",omar@hospital.test,ICU,RN,,false,false,0
				K-7,Lina Berg,lina@hospital.test,ICU,RN,,false,false,0
				K-8,Mo Chen,mo@hospital.test,ED,MD,,false,false,0
				""");
	}

	@AfterAll
	static void stopMail() {
		SMTP.stop();
	}

	@Test
	void aCheckinIsRecordedOnceWithTheCasesFacilityAndPublishedOnceWhateverTheRetries() {
		Accepted offer = accepted("K-1");
		String body = """
				{"contact":"REACHED","needs":["SLEEP","GUILT_OR_SHAME"],"referrals":["EAP"],
				 "referralConsent":true,"crisis":false,"followUpWanted":true}""";
		checkin(offer, body).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.checkin.outcome.needs[1]")
			.isEqualTo("GUILT_OR_SHAME")
			.jsonPath("$.checkin.facility")
			.isEqualTo("MAIN")
			.jsonPath("$.crisisResources")
			.doesNotExist();
		String checkinId = recordedId(offer);
		checkin(offer, body).expectStatus().isOk().expectBody().jsonPath("$.checkin.checkinId").isEqualTo(checkinId);
		checkin(offer, body.replace("\"SLEEP\",\"GUILT_OR_SHAME\"", "\"GUILT_OR_SHAME\",\"SLEEP\"")).expectStatus()
			.isOk();

		await().during(Duration.ofSeconds(2)).atMost(PATIENCE).untilAsserted(() -> {
			List<ConsumerRecord<String, String>> published = completed(checkinId);
			assertThat(published).hasSize(1);
			assertThat(published.get(0).key()).isEqualTo("K-1");
			assertThat(published.get(0).value()).contains("\"needs\":[\"SLEEP\",\"GUILT_OR_SHAME\"]",
					"\"referrals\":[\"EAP\"]", "\"facility\":\"MAIN\"", "\"offerId\":\"" + offer.id() + "\"");
		});
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM checkin WHERE offer_id = ?::uuid", Integer.class,
				offer.id()))
			.isEqualTo(1);
		// The same contact cannot be given a different outcome afterwards.
		checkin(offer, "{\"contact\":\"DECLINED\"}").expectStatus().isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void aNotesFieldIsRefusedByNameAndNothingOfItIsStoredOrPublishedAnywhere() {
		Accepted offer = accepted("K-2");
		String canary = "CANARY-NOTE-" + UUID.randomUUID();
		checkin(offer, "{\"contact\":\"REACHED\",\"needs\":[\"GRIEF\"],\"notes\":\"" + canary + "\"}").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("notes")
			.jsonPath("$.errors.length()")
			.isEqualTo(1)
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).doesNotContain(canary));
		checkin(offer, "{\"contact\":\"REACHED\",\"needs\":[\"" + canary + "\"]}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("needs[0]");
		checkin(offer, "{\"contact\":\"REACHED\",\"followUpId\":\"" + canary + "\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("followUpId");
		portalForm(offer, Map.of("contact", List.of("REACHED"), "notes", List.of(canary)), HttpStatus.BAD_REQUEST,
				"Please check the form", "notes");

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM checkin WHERE offer_id = ?::uuid", Integer.class,
				offer.id()))
			.isZero();
		assertThat(everyRowOfEveryTable()).noneMatch((row) -> row.contains(canary));
		assertThat(TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(),
				TopicReader.allTopics(TestInfrastructure.kafka().bootstrapServers())))
			.noneMatch((r) -> String.valueOf(r.value()).contains(canary));
	}

	@Test
	void unknownCodesAndWrongTypesAreRefusedFieldByField() {
		Accepted offer = accepted("K-3");
		checkin(offer,
				"{\"contact\":\"MAYBE\",\"needs\":[\"SLEEP\",\"NIGHTMARES\"],\"referrals\":[\"HOMEOPATHY\"],"
						+ "\"crisis\":\"yes\"}")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((List<String> fields) -> assertThat(fields).containsExactly("contact", "needs[1]", "referrals[0]",
					"crisis"));
		checkin(offer, "not json").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("body");
	}

	@Test
	void onlyTheSupporterOfAnAcceptedOfferMayRecordACheckin() {
		String caseId = SupporterTestSupport.sendDue("K-4", "MAIN", "ED");
		Map<String, Object> row = SupporterTestSupport.awaitOffer(this.jdbc, caseId);
		Accepted offered = new Accepted(String.valueOf(row.get("id")), String.valueOf(row.get("supporter_id")));
		checkin(offered, "{\"contact\":\"REACHED\"}").expectStatus().isEqualTo(HttpStatus.CONFLICT);
		String someoneElse = offered.supporterId().equals("P-1") ? "P-2" : "P-1";
		checkin(new Accepted(offered.id(), someoneElse), "{\"contact\":\"REACHED\"}").expectStatus().isNotFound();
		checkin(new Accepted("not-an-offer", someoneElse), "{\"contact\":\"REACHED\"}").expectStatus().isNotFound();
		// Nobody records for someone else: not another supporter under the supporter's
		// id, not the colleague, and not without a token.
		checkinAs(TestIdentity.get().clinician(someoneElse), offered, "{\"contact\":\"REACHED\"}").expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		checkinAs(TestIdentity.get().clinician("K-4"), new Accepted(offered.id(), "K-4"), "{\"contact\":\"REACHED\"}")
			.expectStatus()
			.isForbidden();
		checkinAs(TestIdentity.get().administrator(), offered, "{\"contact\":\"REACHED\"}").expectStatus()
			.isForbidden();
		this.client.post()
			.uri("/api/v1/supporters/{supporter}/offers/{offer}/checkins", offered.supporterId(), offered.id())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"contact\":\"REACHED\"}")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void aCheckinCanAnswerAKnownFollowUpAndTheSupporterIsRemindedOfIt() throws Exception {
		Accepted offer = accepted("K-5");
		String caseId = this.jdbc.queryForObject("SELECT case_id::text FROM offer WHERE id = ?::uuid", String.class,
				offer.id());
		String followUpId = UUID.randomUUID().toString();
		Instant due = Instant.parse("2026-12-01T09:00:00Z");
		SupporterTestSupport.send(Topics.OUTREACH_FOLLOW_UP_DUE, "K-5",
				EventEnvelope.wrap(
						Events.FOLLOW_UP_DUE, "/test", caseId, Instant.now(), new FollowUpDue(followUpId, caseId, "K-5",
								FollowUpTrigger.CLAIM_FILED, "MAIN", due, due.plus(Duration.ofDays(2))),
						EventJson.mapper()));
		MimeMessage reminder = await().atMost(PATIENCE)
			.until(() -> java.util.Arrays.stream(SMTP.getReceivedMessages())
				.filter((m) -> subject(m).equals("A follow-up check-in is due"))
				.findFirst(), java.util.Optional::isPresent)
			.get();
		String text = text(reminder);
		assertThat(reminder.getAllRecipients()[0].toString())
			.isEqualTo(offer.supporterId().equals("P-1") ? "pat@hospital.test" : "lee@hospital.test");
		assertThat(text).contains("Ines Duarte", "ines@hospital.test", "Tue 1 Dec 2026, 09:00 UTC")
			.doesNotContain("CLAIM", "claim", caseId);

		checkin(offer, "{\"contact\":\"REACHED\",\"followUpId\":\"" + UUID.randomUUID() + "\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("followUpId");
		checkin(offer, "{\"contact\":\"NOT_REACHED\"}").expectStatus().isCreated();
		// Not reached, then reached: a second attempt at the same contact is a new
		// record.
		checkin(offer, "{\"contact\":\"REACHED\"}").expectStatus().isCreated();
		checkin(offer, "{\"contact\":\"REACHED\",\"needs\":[\"LEGAL_WORRY\"],\"followUpId\":\"" + followUpId + "\"}")
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.checkin.outcome.followUpId")
			.isEqualTo(followUpId);
		assertThat(this.jdbc.queryForList("SELECT follow_up_id FROM checkin WHERE offer_id = ?::uuid", String.class,
				offer.id()))
			.containsExactlyInAnyOrder(null, null, followUpId);
	}

	@Test
	void thePortalShowsOffersCasesTheGuideAndCrisisResourcesAndItsFormRecordsCodes() {
		Accepted offer = accepted("K-6");
		String page = html(signedIn(this.context, offer.supporterId()).get().uri(portal(offer.supporterId())),
				HttpStatus.OK);
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; Omar", "omar@hospital.test", "1. Connect",
				"2. Elicit the story and offer empathy", "3. Assess impact, including crisis", "4. Intervene and refer",
				"5. Follow up", "988", "1-888-409-0141", LOCAL_EMERGENCY, "name=\"needs\" value=\"LEGAL_WORRY\"",
				"name=\"referrals\" value=\"DISCLOSURE_COACHING\"", "name=\"_csrf\"")
			.doesNotContain("<script>alert(1)</script>", "<textarea", "type=\"text\"");

		String recorded = portalForm(offer,
				Map.of("contact", List.of("REACHED"), "needs", List.of("SLEEP", "ANXIETY"), "referrals",
						List.of("CRISIS_LINE"), "referralConsent", List.of("true"), "crisis", List.of("true")),
				HttpStatus.OK, "Check-in recorded", "act now", "Call or text 988", "1-888-409-0141", LOCAL_EMERGENCY);
		assertThat(recorded).isNotEmpty();
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(completedFor(offer.id())).anySatisfy(
					(r) -> assertThat(r.value()).contains("\"crisis\":true", "\"needs\":[\"SLEEP\",\"ANXIETY\"]")));

		// An offer waiting for an answer can be accepted from the page of its supporter.
		Map<String, Object> row = SupporterTestSupport.awaitOffer(this.jdbc,
				SupporterTestSupport.sendDue("K-8", "MAIN", "ED"));
		String waiting = String.valueOf(row.get("id"));
		String supporter = String.valueOf(row.get("supporter_id"));
		WebTestClient browser = signedIn(this.context, supporter);
		assertThat(html(browser.get().uri(portal(supporter)), HttpStatus.OK)).contains("Offers waiting for your answer",
				"Mo Chen", "/offers/" + waiting + "/accept");
		browser.post()
			.uri("/portal/{supporter}/offers/{offer}/accept", supporter, waiting)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(new LinkedMultiValueMap<>()))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.valueEquals("Location", "/portal/" + supporter);
		assertThat(this.jdbc.queryForObject("SELECT status FROM offer WHERE id = ?::uuid", String.class, waiting))
			.isEqualTo("ACCEPTED");

		// Another supporter, signed in, neither sees the page nor records on it.
		String other = offer.supporterId().equals("P-1") ? "P-2" : "P-1";
		assertThat(html(signedIn(this.context, other).get().uri(portal(offer.supporterId())), HttpStatus.FORBIDDEN))
			.contains("This page is not yours")
			.doesNotContain("omar@hospital.test");
		html(signedIn(this.context, other).post()
			.uri("/portal/{supporter}/offers/{offer}/checkins", offer.supporterId(), offer.id())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("contact", "DECLINED")), HttpStatus.FORBIDDEN);
	}

	@Test
	void theApiAnswersWithTheCrisisResourcesOfTheCasesFacilityWhenTheFlagIsSet() {
		Accepted offer = accepted("K-7");
		checkin(offer, "{\"contact\":\"REACHED\",\"crisis\":true}").expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.crisisResources.lines[0].contact")
			.isEqualTo("Call or text 988")
			.jsonPath("$.crisisResources.lines[1].contact")
			.isEqualTo("1-888-409-0141")
			.jsonPath("$.crisisResources.localEmergency")
			.isEqualTo(LOCAL_EMERGENCY);
	}

	@Test
	void recordsOlderThanTheRetentionAreDeletedAndWaitingEmailsAreKept() {
		String old = "now() - interval '400 days'";
		UUID checkin = UUID.randomUUID();
		UUID sent = UUID.randomUUID();
		UUID waiting = UUID.randomUUID();
		this.jdbc.update("INSERT INTO checkin VALUES (?, gen_random_uuid(), gen_random_uuid(), 'X-1', 'P-1', null, "
				+ "'REACHED', 'SLEEP', '', false, false, false, null, " + old + ")", checkin);
		for (Object[] row : List.of(new Object[] { sent, "SENT" }, new Object[] { waiting, "PENDING" })) {
			this.jdbc.update("INSERT INTO supporter_notification VALUES (?, 'OFFER', gen_random_uuid(), null, 'P-1', "
					+ "'X-1', ?, 1, now() + interval '1 day', null, " + old + ", null)", row);
		}
		assertThat(this.retention.prune()).isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM checkin WHERE id = ?", Integer.class, checkin))
			.isZero();
		assertThat(this.jdbc.queryForList("SELECT id FROM supporter_notification WHERE id IN (?, ?)", UUID.class, sent,
				waiting))
			.containsExactly(waiting);
	}

	/** An offer for the clinician, accepted by whoever it went to. */
	private Accepted accepted(String staffId) {
		String caseId = SupporterTestSupport.sendDue(staffId, "MAIN", "ICU");
		Map<String, Object> row = SupporterTestSupport.awaitOffer(this.jdbc, caseId);
		Accepted offer = new Accepted(String.valueOf(row.get("id")), String.valueOf(row.get("supporter_id")));
		this.answers.accept(offer.supporterId(), UUID.fromString(offer.id()));
		// The facility arrives on the supporter side's own consumer group.
		await().atMost(PATIENCE)
			.until(() -> this.jdbc.queryForObject("SELECT count(*) FROM case_facility WHERE case_id = ?::uuid",
					Integer.class, caseId) == 1);
		return offer;
	}

	private record Accepted(String id, String supporterId) {
	}

	private WebTestClient.ResponseSpec checkin(Accepted offer, String body) {
		return checkinAs(TestIdentity.get().clinician(offer.supporterId()), offer, body);
	}

	private WebTestClient.ResponseSpec checkinAs(String token, Accepted offer, String body) {
		return this.client.post()
			.uri("/api/v1/supporters/{supporter}/offers/{offer}/checkins", offer.supporterId(), offer.id())
			.headers(TestIdentity.bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private String recordedId(Accepted offer) {
		return this.jdbc.queryForObject("SELECT id::text FROM checkin WHERE offer_id = ?::uuid", String.class,
				offer.id());
	}

	private static String portal(String supporterId) {
		return "/portal/" + supporterId;
	}

	/** Posts the portal's outcome form, signed in as the offer's supporter. */
	private String portalForm(Accepted offer, Map<String, List<String>> fields, HttpStatus status, String... expected) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>(fields);
		String page = html(signedIn(this.context, offer.supporterId()).post()
			.uri("/portal/{supporter}/offers/{offer}/checkins", offer.supporterId(), offer.id())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form)), status);
		assertThat(page).contains(expected);
		return page;
	}

	private static List<ConsumerRecord<String, String>> completed(String checkinId) {
		return TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(Topics.CHECKINS_COMPLETED))
			.stream()
			.filter((r) -> r.value().contains("\"checkinId\":\"" + checkinId + "\""))
			.toList();
	}

	private static List<ConsumerRecord<String, String>> completedFor(String offerId) {
		return TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(Topics.CHECKINS_COMPLETED))
			.stream()
			.filter((r) -> r.value().contains("\"offerId\":\"" + offerId + "\""))
			.toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every row of every table in this service's schema, as text. */
	private List<String> everyRowOfEveryTable() {
		List<String> rows = new java.util.ArrayList<>();
		for (String table : this.jdbc.queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
				String.class)) {
			rows.addAll(this.jdbc.queryForList("SELECT t::text FROM \"" + table + "\" t", String.class));
		}
		return rows;
	}

}
