package org.peersupport.matching;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.CloseReason;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Matching hears outreach close cases on {@code outreach.closed.v1}, against a real
 * broker and database: a completed case frees its supporter's capacity, a pending offer
 * is withdrawn and cannot be accepted, a close delivered twice is applied once, and an
 * unreadable close is dead-lettered. Each test has a department of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "peersupport.matching.departments.default-rule=SAME_DEPARTMENT",
				"peersupport.matching.batch.window=PT0S", "peersupport.matching.offers.max-response-time=PT1H",
				"peersupport.matching.offers.min-response-time=PT15M", "peersupport.timers.polling-interval=PT0.3S" })
class CaseClosedIT extends MatchingIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String ROSTER = """
			staffId,name,email,department,role,supervisorId,supporter,trained,maxActive,languages
			CC-1,Cara Clinician,cara@h.test,D-CAP,RN,,false,false,0,
			CC-2,Cole Clinician,cole@h.test,D-CAP,RN,,false,false,0,
			CC-3,Cleo Clinician,cleo@h.test,D-CAP,RN,,false,false,0,
			C-1,Peer C1,c1@h.test,D-CAP,RN,,true,true,1,
			PC-1,Pat Clinician,pat@h.test,D-PEND,RN,,false,false,0,
			P-1,Peer P1,p1@h.test,D-PEND,RN,,true,true,2,
			DC-1,Dee Clinician,dee@h.test,D-DUP,RN,,false,false,0,
			D-1,Peer D1,d1@h.test,D-DUP,RN,,true,true,3,
			""";

	@Autowired
	Environment environment;

	@BeforeEach
	void roster() {
		importRoster(ROSTER).jsonPath("$.rejected.length()").isEqualTo(0);
	}

	@Test
	void aSupporterAtCapacityIsEligibleAgainOnceTheirCaseCloses() throws Exception {
		String first = due("CC-1");
		Map<String, Object> offer = awaitPendingOffer(first);
		assertThat(offer.get("supporter_id")).isEqualTo("C-1");
		answer(offer, "accept").expectStatus().isOk();
		load("C-1").jsonPath("$.activeCases").isEqualTo(1);

		String second = due("CC-2");
		await().atMost(PATIENCE).until(() -> "NO_ELIGIBLE_SUPPORTER".equals(request(second).get("reason")));

		Instant closedAt = CLOCK.instant();
		TestEvents.send(Topics.OUTREACH_CLOSED, "CC-1",
				TestEvents.closed(closedAt, first, "CC-1", CloseReason.COMPLETED));
		await().atMost(PATIENCE).until(() -> "COMPLETED".equals(offers(first).get(0).get("status")));
		assertThat(instant(offers(first).get(0).get("closed_at"))).isEqualTo(closedAt);
		assertThat(request(first)).containsEntry("status", "CLOSED").containsEntry("reason", "COMPLETED");
		// Free again, but the completed case still counts towards fatigue.
		load("C-1").jsonPath("$.activeCases").isEqualTo(0).jsonPath("$.recentCases").isEqualTo(1);

		String third = due("CC-3");
		assertThat(awaitPendingOffer(third).get("supporter_id")).as("capacity freed by the close").isEqualTo("C-1");
	}

	@Test
	void aPendingOfferIsWithdrawnWhenTheCaseClosesCannotBeAcceptedAndItsTimerDoesNothing() throws Exception {
		String caseId = due("PC-1");
		Map<String, Object> offer = awaitPendingOffer(caseId);

		TestEvents.send(Topics.OUTREACH_CLOSED, "PC-1",
				TestEvents.closed(CLOCK.instant(), caseId, "PC-1", CloseReason.OPTED_OUT));
		await().atMost(PATIENCE).until(() -> "WITHDRAWN".equals(offers(caseId).get(0).get("status")));
		answer(offer, "accept").expectStatus().isEqualTo(409);
		answer(offer, "decline").expectStatus().isEqualTo(409);
		assertThat(offers(caseId).get(0)).containsEntry("status", "WITHDRAWN");
		load("P-1").jsonPath("$.openOffers").isEqualTo(0).jsonPath("$.recentCases").isEqualTo(0);

		// The expiry timer still fires, and finds nothing to do: no expiry, no re-offer.
		CLOCK.advance(Duration.ofHours(2));
		await().atMost(PATIENCE)
			.until(() -> this.jdbc.queryForObject(
					"SELECT count(*) FROM scheduled_tasks WHERE task_name = 'offer-expiry' AND task_instance = ?",
					Integer.class, String.valueOf(offer.get("id"))) == 0);
		assertThat(offers(caseId)).hasSize(1).first().extracting((o) -> o.get("status")).isEqualTo("WITHDRAWN");
		assertThat(request(caseId)).containsEntry("status", "CLOSED").containsEntry("reason", "OPTED_OUT");
		assertThat(records(Topics.ASSIGNMENTS_EXPIRED)).noneMatch((r) -> r.value().contains(caseId));
	}

	@Test
	void theSameCloseDeliveredTwiceChangesNothingTheSecondTime() throws Exception {
		String caseId = due("DC-1");
		answer(awaitPendingOffer(caseId), "accept").expectStatus().isOk();
		String close = TestEvents.closed(CLOCK.instant(), caseId, "DC-1", CloseReason.COMPLETED);
		TestEvents.send(Topics.OUTREACH_CLOSED, "DC-1", close);
		await().atMost(PATIENCE).until(() -> "CLOSED".equals(request(caseId).get("status")));
		Map<String, Object> offerOnce = offers(caseId).get(0);
		Map<String, Object> requestOnce = request(caseId);

		// Later, the same event again; then a close of another case on the same key
		// (same partition), which shows that the duplicate has been consumed.
		CLOCK.advance(Duration.ofMinutes(5));
		TestEvents.send(Topics.OUTREACH_CLOSED, "DC-1", close);
		String marker = UUID.randomUUID().toString();
		TestEvents.send(Topics.OUTREACH_CLOSED, "DC-1",
				TestEvents.closed(CLOCK.instant(), marker, "DC-1", CloseReason.EXPIRED));
		await().atMost(PATIENCE)
			.until(() -> !this.jdbc
				.queryForList("SELECT status FROM match_request WHERE case_id = ?", UUID.fromString(marker))
				.isEmpty());

		assertThat(offers(caseId)).containsExactly(offerOnce);
		assertThat(request(caseId)).isEqualTo(requestOnce);
		String eventId = EventJson.mapper().readTree(close).get("id").asString();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM processed_event WHERE consumer = 'matching' AND event_id = ?", Integer.class,
				eventId))
			.isEqualTo(1);
		load("D-1").jsonPath("$.activeCases").isEqualTo(0).jsonPath("$.recentCases").isEqualTo(1);
	}

	@Test
	void anUnreadableCloseGoesToTheDeadLetterTopicWithAReason() throws Exception {
		String garbled = "poison-" + UUID.randomUUID();
		String badCase = "poison-" + UUID.randomUUID();
		TestEvents.send(Topics.OUTREACH_CLOSED, garbled, "{not json");
		TestEvents.send(Topics.OUTREACH_CLOSED, badCase,
				TestEvents.closed(CLOCK.instant(), "not-a-case-id", badCase, CloseReason.COMPLETED));
		String deadLetters = Topics
			.deadLetterTopic(this.environment.getRequiredProperty("spring.kafka.consumer.group-id"));
		await().atMost(PATIENCE).untilAsserted(() -> {
			List<ConsumerRecord<String, String>> dead = records(deadLetters);
			assertThat(dead).anySatisfy((r) -> {
				assertThat(r.key()).isEqualTo(garbled);
				assertThat(reason(r)).contains("PoisonMessageException");
			});
			assertThat(dead).anySatisfy((r) -> {
				assertThat(r.key()).isEqualTo(badCase);
				assertThat(reason(r)).contains("case id is not a UUID");
			});
		});
	}

	private WebTestClient.BodyContentSpec load(String supporterId) {
		return staff(supporterId).get()
			.uri("/api/v1/supporters/{id}/load", supporterId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private WebTestClient.ResponseSpec answer(Map<String, Object> offer, String answer) {
		return staff(offer.get("supporter_id")).post()
			.uri("/api/v1/supporters/{s}/offers/{o}/{a}", offer.get("supporter_id"), offer.get("id"), answer)
			.exchange();
	}

	private Map<String, Object> awaitPendingOffer(String caseId) {
		await().atMost(PATIENCE)
			.until(() -> offers(caseId).stream().anyMatch((o) -> "OFFERED".equals(o.get("status"))));
		return offers(caseId).stream().filter((o) -> "OFFERED".equals(o.get("status"))).findFirst().orElseThrow();
	}

	private List<Map<String, Object>> offers(String caseId) {
		return this.jdbc.queryForList(
				"SELECT id, supporter_id, status, answered_at, closed_at FROM offer WHERE case_id = ? ORDER BY offered_at",
				UUID.fromString(caseId));
	}

	private Map<String, Object> request(String caseId) {
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"SELECT status, reason, updated_at FROM match_request WHERE case_id = ?", UUID.fromString(caseId));
		return rows.isEmpty() ? Map.of() : rows.get(0);
	}

	private static String reason(ConsumerRecord<String, String> record) {
		return new String(record.headers().lastHeader("peersupport-dlq-reason").value(), StandardCharsets.UTF_8);
	}

	private static Instant instant(Object timestamp) {
		return ((java.sql.Timestamp) timestamp).toInstant();
	}

	private static String due(String staffId) throws Exception {
		return TestEvents.due(CLOCK.instant(), staffId, List.of(), false, CLOCK.instant().plus(Duration.ofHours(1)));
	}

	private static List<ConsumerRecord<String, String>> records(String topic) {
		return TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(topic));
	}

}
