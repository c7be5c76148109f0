package org.peersupport.referral;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.EventType;
import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.ReferralClosed;
import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.contracts.events.ReferralMade;
import org.peersupport.contracts.events.ReferralOutcome;
import org.peersupport.referral.referrals.Referral;
import org.peersupport.referral.referrals.ReferralStatus;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.StatusAssertions;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Referrals against a real broker and database: made only with consent, once per
 * check-in, moved along legal transitions, followed up by durable timers as time moves;
 * and the catalog they point into.
 */
class ReferralIT extends ReferralServiceTest {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		// The service's real consumer group, so poison lands on referral.dlq. The broker
		// is new for every test JVM, so no earlier run's offsets exist.
		infrastructure(registry, "referral");
	}

	@Test
	void referralsAreMadeOnlyWithConsentEachPointingToTheBestResourceForTheFacility() throws Exception {
		String staffId = "REF-" + UUID.randomUUID();
		CheckinCompleted withoutConsent = CheckinFeed.checkin(staffId, "MAIN", false, false, ReferralKind.THERAPY,
				ReferralKind.LEGAL);
		CheckinCompleted withConsent = CheckinFeed.checkin(staffId, "MAIN", true, false, ReferralKind.THERAPY,
				ReferralKind.LEGAL, ReferralKind.LEGAL, ReferralKind.FINANCIAL);
		// Same key, same partition: once the second is handled, so is the first.
		CheckinFeed.send(CheckinFeed.envelope(withoutConsent));
		CheckinFeed.send(CheckinFeed.envelope(withConsent));

		await().atMost(PATIENCE).until(() -> referralsOf(staffId).size() == 3);
		assertThat(referralsOf(staffId)).allSatisfy((referral) -> {
			assertThat(referral.checkinId()).isEqualTo(withConsent.checkinId());
			assertThat(referral.status()).isEqualTo(ReferralStatus.OFFERED);
		});
		assertThat(referralsOf(staffId)).extracting(Referral::kind, Referral::resourceCode)
			.containsExactlyInAnyOrder(tuple(ReferralKind.THERAPY, "THERAPY-REFERRAL"),
					tuple(ReferralKind.LEGAL, "RISK-LEGAL-CONSULT"), tuple(ReferralKind.FINANCIAL, null));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM referral WHERE checkin_id = ?", Integer.class,
				withoutConsent.checkinId()))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count FROM unconsented_referral_count WHERE kind = 'THERAPY'",
				Long.class))
			.isPositive();

		await().atMost(PATIENCE).until(() -> CheckinFeed.recordsFor(Topics.REFERRALS_MADE, staffId).size() == 3);
		List<ReferralMade> made = data(Topics.REFERRALS_MADE, staffId, Events.REFERRAL_MADE);
		assertThat(made).extracting(ReferralMade::caseId).containsOnly(withConsent.caseId());
		assertThat(made).extracting(ReferralMade::facility).containsOnly("MAIN");
		assertThat(made).extracting(ReferralMade::referralId)
			.containsExactlyInAnyOrderElementsOf(referralsOf(staffId).stream().map(Referral::id).toList());
	}

	@Test
	void theSameCheckinDeliveredTwiceCreatesNothingTwice() throws Exception {
		String staffId = "REF-" + UUID.randomUUID();
		CheckinCompleted checkin = CheckinFeed.checkin(staffId, "MAIN", true, false, ReferralKind.EAP);
		EventEnvelope envelope = CheckinFeed.envelope(checkin);
		CheckinFeed.send(envelope);
		CheckinFeed.send(envelope);
		// A producer retry: the same check-in under a new event id.
		CheckinFeed.send(CheckinFeed.envelope(checkin));
		await().atMost(PATIENCE).until(() -> CheckinFeed.recordsFor(Topics.REFERRALS_MADE, staffId).size() == 1);
		await().during(Duration.ofSeconds(2)).atMost(PATIENCE).untilAsserted(() -> {
			assertThat(referralsOf(staffId)).hasSize(1);
			assertThat(CheckinFeed.recordsFor(Topics.REFERRALS_MADE, staffId)).hasSize(1);
		});
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM scheduled_tasks WHERE task_name = 'referral-follow-up' AND task_instance = ?",
				Integer.class, referralsOf(staffId).get(0).id()))
			.isEqualTo(1);
	}

	@Test
	void statusMovesAlongLegalTransitionsOnlyAndClosingIsAnnounced() throws Exception {
		String staffId = "REF-" + UUID.randomUUID();
		String id = oneReferral(staffId, ReferralKind.THERAPY);

		changeStatus(staffId, id, "{\"status\":\"CONNECTED\"}").isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("a referral that is OFFERED cannot become CONNECTED");
		changeStatus(staffId, id, "{\"status\":\"ACCEPTED\"}").isEqualTo(200)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("ACCEPTED");
		changeStatus(staffId, id, "{\"status\":\"ACCEPTED\"}").isEqualTo(200);
		changeStatus(staffId, id, "{\"status\":\"CONNECTED\"}").isEqualTo(200);
		changeStatus(staffId, id, "{\"status\":\"CLOSED\",\"outcome\":\"DECLINED\"}").isEqualTo(409);
		changeStatus(staffId, id, "{\"status\":\"CLOSED\"}").isEqualTo(200)
			.expectBody()
			.jsonPath("$.outcome")
			.isEqualTo("CONNECTED");
		changeStatus(staffId, id, "{\"status\":\"ACCEPTED\"}").isEqualTo(409);

		await().atMost(PATIENCE).until(() -> !CheckinFeed.recordsFor(Topics.REFERRALS_CLOSED, staffId).isEmpty());
		ReferralClosed closed = data(Topics.REFERRALS_CLOSED, staffId, Events.REFERRAL_CLOSED).get(0);
		assertThat(closed.referralId()).isEqualTo(id);
		assertThat(closed.outcome()).isEqualTo(ReferralOutcome.CONNECTED);
		assertThat(closed.kind()).isEqualTo(ReferralKind.THERAPY);
	}

	@Test
	void badStatusChangesAreProblemsNamingTheField() throws Exception {
		String staffId = "REF-" + UUID.randomUUID();
		String id = oneReferral(staffId, ReferralKind.LEGAL);
		changeStatus(staffId, id, "{\"status\":\"MAYBE\"}").isEqualTo(400)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("status");
		changeStatus(staffId, id, "{\"status\":\"CLOSED\",\"outcome\":\"HAPPY\"}").isEqualTo(400)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("outcome");
		changeStatus(staffId, id, "{}").isEqualTo(400);
		changeStatus(staffId, "no-such-referral", "{\"status\":\"ACCEPTED\"}").isEqualTo(404);
		clinician(staffId).get()
			.uri("/api/v1/referrals?status=SOMEWHERE")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("status");
	}

	@Test
	void unconnectedReferralsComeOnTheWorklistAndCloseAsNotConnectedAtTheDeadline() throws Exception {
		String staffId = "REF-" + UUID.randomUUID();
		String waiting = oneReferral(staffId, ReferralKind.EAP);
		String connected = oneReferral(staffId, ReferralKind.LEGAL);
		changeStatus(staffId, waiting, "{\"status\":\"ACCEPTED\"}").isEqualTo(200);
		changeStatus(staffId, connected, "{\"status\":\"ACCEPTED\"}").isEqualTo(200);
		changeStatus(staffId, connected, "{\"status\":\"CONNECTED\"}").isEqualTo(200);
		assertThat(dueIds(staffId)).doesNotContain(waiting);

		this.clock.advance(Duration.ofDays(7).plusMinutes(1));
		await().atMost(PATIENCE).until(() -> dueIds(staffId).contains(waiting));
		assertThat(dueIds(staffId)).doesNotContain(connected);
		assertThat(CheckinFeed.recordsFor(Topics.REFERRALS_CLOSED, staffId)).isEmpty();

		this.clock.advance(Duration.ofDays(14));
		await().atMost(PATIENCE).until(() -> get(staffId, waiting).status() == ReferralStatus.CLOSED);
		assertThat(get(staffId, waiting).outcome()).isEqualTo(ReferralOutcome.NOT_CONNECTED);
		assertThat(dueIds(staffId)).doesNotContain(waiting);
		assertThat(get(staffId, connected).status()).isEqualTo(ReferralStatus.CONNECTED);
		await().atMost(PATIENCE).until(() -> !CheckinFeed.recordsFor(Topics.REFERRALS_CLOSED, staffId).isEmpty());
		assertThat(data(Topics.REFERRALS_CLOSED, staffId, Events.REFERRAL_CLOSED))
			.extracting(ReferralClosed::referralId, ReferralClosed::outcome)
			.containsExactly(tuple(waiting, ReferralOutcome.NOT_CONNECTED));
	}

	@Test
	void poisonGoesToTheDeadLetterTopicWithAReasonAndGoodCheckinsKeepFlowing() throws Exception {
		String key = "poison-" + UUID.randomUUID();
		CheckinFeed.sendRaw(key, "{not json");
		CheckinCompleted anonymous = CheckinFeed.checkin(null, "MAIN", true, false, ReferralKind.EAP);
		CheckinFeed.sendRaw(key, EventJson.mapper().writeValueAsString(CheckinFeed.envelope(anonymous)));
		String staffId = "REF-" + UUID.randomUUID();
		oneReferral(staffId, ReferralKind.THERAPY);
		await().atMost(PATIENCE).untilAsserted(() -> {
			List<ConsumerRecord<String, String>> dead = TopicReader
				.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of("referral.dlq"))
				.stream()
				.filter((record) -> key.equals(record.key()))
				.toList();
			assertThat(dead).hasSize(2);
			assertThat(reason(dead.get(0))).contains("not a readable org.peersupport.checkin.completed.v1");
			assertThat(reason(dead.get(1))).contains("check-in without staffId");
		});
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM referral WHERE checkin_id = ?", Integer.class,
				anonymous.checkinId()))
			.isZero();
	}

	@Test
	void administratorsManageTheCatalogWithVersionsAndEveryMistakeIsAProblem() {
		WebTestClient admin = administrator();
		String code = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String body = "{\"code\":\"" + code
				+ "\",\"kind\":\"chaplaincy\",\"name\":\"Chaplaincy\",\"phone\":\"+1 555 0100\","
				+ "\"hours\":\"24/7\",\"confidential\":true,\"cost\":\"Free\"}";
		admin.post()
			.uri("/api/v1/resources")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("ETag", "\"0\"")
			.expectHeader()
			.valueEquals("Location", "/api/v1/resources/" + code)
			.expectBody()
			.jsonPath("$.kind")
			.isEqualTo("CHAPLAINCY");
		admin.post()
			.uri("/api/v1/resources")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(409);

		String update = body.replace("24/7", "Weekdays");
		putResource(code, "\"0\"", update).isOk()
			.expectHeader()
			.valueEquals("ETag", "\"1\"")
			.expectBody()
			.jsonPath("$.hours")
			.isEqualTo("Weekdays");
		// A change based on what is no longer there: 412 with If-Match, 409 with a body
		// version.
		putResource(code, "\"0\"", update).isEqualTo(412).expectBody().jsonPath("$.currentVersion").isEqualTo(1);
		putResource(code, null, update.replace("}", ",\"version\":0}")).isEqualTo(409);
		admin.get()
			.uri("/api/v1/resources?kind=CHAPLAINCY")
			.exchange()
			.expectBody()
			.jsonPath("$[?(@.code=='" + code + "')].hours")
			.isEqualTo("Weekdays");

		admin.post()
			.uri("/api/v1/resources")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"code\":\"lower case\",\"kind\":\"ASTROLOGY\",\"name\":\" \",\"url\":\"ftp://x\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("code", "kind", "name", "url", "confidential"));
		admin.get()
			.uri("/api/v1/resources?kind=PEER_LINE")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("kind");
		admin.post()
			.uri("/api/v1/resources")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{not json")
			.exchange()
			.expectStatus()
			.isBadRequest();

		admin.delete()
			.uri("/api/v1/resources/{code}", code)
			.header("If-Match", "\"0\"")
			.exchange()
			.expectStatus()
			.isEqualTo(412);
		admin.delete()
			.uri("/api/v1/resources/{code}", code)
			.header("If-Match", "\"1\"")
			.exchange()
			.expectStatus()
			.isNoContent();
		admin.get().uri("/api/v1/resources/{code}", code).exchange().expectStatus().isNotFound();
	}

	@Test
	void aFacilitySeesItsOverridesAndReferralsThereUseIt() throws Exception {
		WebTestClient admin = administrator();
		// Every member of staff reads the catalog as their facility sees it.
		WebTestClient staff = clinician("REF-READER");
		String south = "SOUTH-" + UUID.randomUUID().toString().substring(0, 8);
		admin.post()
			.uri("/api/v1/resources")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"code\":\"SOUTH-COUNSELLING\",\"kind\":\"THERAPY\",\"name\":\"South counselling\","
					+ "\"phone\":\"555 0199\",\"confidential\":true,\"sortOrder\":70}")
			.exchange()
			.expectStatus()
			.isCreated();
		override("THERAPY-REFERRAL", south, "{\"hidden\":true}");
		override("988-LIFELINE", south, "{\"hours\":\"24/7, and the South campus crisis team on 555 0111\"}");
		admin.put()
			.uri("/api/v1/resources/EAP/facilities/{facility}", south)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("hidden");

		staff.get()
			.uri("/api/v1/resources?facility={facility}", south)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.code=='THERAPY-REFERRAL')]")
			.isEmpty()
			.jsonPath("$[?(@.code=='988-LIFELINE')].hours")
			.isEqualTo("24/7, and the South campus crisis team on 555 0111")
			.jsonPath("$[?(@.code=='988-LIFELINE')].phone")
			.isEqualTo("988");
		staff.get()
			.uri("/api/v1/resources")
			.exchange()
			.expectBody()
			.jsonPath("$[?(@.code=='THERAPY-REFERRAL')].name")
			.isEqualTo("Counselling and therapy referral")
			.jsonPath("$[?(@.code=='988-LIFELINE')].hours")
			.isEqualTo("24/7");
		staff.get()
			.uri("/api/v1/resources?facility={facility}&crisis=true", south)
			.exchange()
			.expectBody()
			.jsonPath("$[*].code")
			.isEqualTo(List.of("988-LIFELINE"))
			.jsonPath("$[0].hours")
			.isEqualTo("24/7, and the South campus crisis team on 555 0111");
		staff.get()
			.uri("/api/v1/resources/THERAPY-REFERRAL?facility={facility}", south)
			.exchange()
			.expectStatus()
			.isNotFound();

		String staffId = "REF-" + UUID.randomUUID();
		CheckinFeed.send(CheckinFeed.envelope(CheckinFeed.checkin(staffId, south, true, false, ReferralKind.THERAPY)));
		await().atMost(PATIENCE).until(() -> referralsOf(staffId).size() == 1);
		assertThat(referralsOf(staffId).get(0).resourceCode()).isEqualTo("SOUTH-COUNSELLING");

		admin.delete()
			.uri("/api/v1/resources/THERAPY-REFERRAL/facilities/{facility}", south)
			.exchange()
			.expectStatus()
			.isNoContent();
		staff.get()
			.uri("/api/v1/resources?facility={facility}&kind=THERAPY", south)
			.exchange()
			.expectBody()
			.jsonPath("$[0].code")
			.isEqualTo("THERAPY-REFERRAL");
	}

	private StatusAssertions putResource(String code, String ifMatch, String body) {
		return administrator().put().uri("/api/v1/resources/{code}", code).headers((headers) -> {
			if (ifMatch != null) {
				headers.setIfMatch(ifMatch);
			}
		}).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus();
	}

	private void override(String code, String facility, String body) {
		administrator().put()
			.uri("/api/v1/resources/{code}/facilities/{facility}", code, facility)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private String oneReferral(String staffId, ReferralKind kind) throws Exception {
		int before = referralsOf(staffId).size();
		CheckinFeed.send(CheckinFeed.envelope(CheckinFeed.checkin(staffId, "MAIN", true, false, kind)));
		await().atMost(PATIENCE).until(() -> referralsOf(staffId).size() == before + 1);
		return referralsOf(staffId).stream().filter((r) -> r.kind() == kind).findFirst().orElseThrow().id();
	}

	/** A clinician's own referrals, read with their own token. */
	private List<Referral> referralsOf(String staffId) {
		return getList(clinician(staffId), Referral.class, "/api/v1/referrals?staffId={staffId}", staffId);
	}

	private Referral get(String staffId, String id) {
		return clinician(staffId).get()
			.uri("/api/v1/referrals/{id}", id)
			.exchange()
			.expectBody(Referral.class)
			.returnResult()
			.getResponseBody();
	}

	/** The clinician's own referrals due for follow-up. */
	private List<String> dueIds(String staffId) {
		return getList(clinician(staffId), Referral.class, "/api/v1/referrals?due=true").stream()
			.map(Referral::id)
			.toList();
	}

	/** The clinician moves their own referral along. */
	private StatusCheck changeStatus(String staffId, String id, String body) {
		return new StatusCheck(clinician(staffId).post()
			.uri("/api/v1/referrals/{id}/status", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange());
	}

	/** Asserts the status first, then allows further checks of the same response. */
	record StatusCheck(WebTestClient.ResponseSpec response) {

		WebTestClient.ResponseSpec isEqualTo(int status) {
			return this.response.expectStatus().isEqualTo(status);
		}

	}

	private static <T> List<T> data(String topic, String staffId, EventType<T> type) {
		return CheckinFeed.recordsFor(topic, staffId)
			.stream()
			.map((record) -> EventJson.mapper()
				.readValue(record.value(), EventEnvelope.class)
				.dataAs(type, EventJson.mapper()))
			.toList();
	}

	private static String reason(ConsumerRecord<String, String> record) {
		return new String(record.headers().lastHeader("peersupport-dlq-reason").value(), StandardCharsets.UTF_8);
	}

}
