package org.peersupport.matching;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.CasePurged;
import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.ErasureRequested;
import org.peersupport.contracts.events.FollowUpDue;
import org.peersupport.contracts.events.FollowUpTrigger;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.contracts.events.SupportPreferences;
import org.peersupport.testkit.SchemaScan;
import org.peersupport.testkit.MutableClock;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Retention and erasure in matching, against a real broker and database, with the events
 * published as outreach publishes them: after a purge no row of any table names the case
 * or (when it was their last) the clinician, beyond their directory entry; a supporter's
 * capacity, fatigue and cool-down still count right; a redelivery changes nothing; an
 * erased supporter's waiting offer goes to the next supporter; poison is dead-lettered
 * and the next record still applied. Each test has a department of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "peersupport.matching.departments.default-rule=SAME_DEPARTMENT",
				"peersupport.matching.batch.window=PT0S", "peersupport.matching.offers.max-response-time=PT1H",
				"peersupport.matching.offers.min-response-time=PT15M", "peersupport.timers.polling-interval=PT0.3S" })
@Import(RetentionAndErasureIT.OwnTime.class)
class RetentionAndErasureIT extends MatchingIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	/**
	 * A clock of this class's own: it moves weeks ahead, which the other classes sharing
	 * the base's clock in this JVM should not see.
	 */
	static final MutableClock TIME = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

	/**
	 * Where a person stays after a purge or matching's own erasure: the directory entry,
	 * and what was last published of it (the directory's erasure is another's work).
	 */
	private static final String[] DIRECTORY = { "directory_publication", "staff_member" };

	private static final String ROSTER = """
			staffId,name,email,department,role,supervisorId,supporter,trained,maxActive,languages
			CANARY-PURGE,Cara Canary,cara@h.test,D-PURGE,RN,,false,false,0,
			PN-1,Noel Next,noel@h.test,D-PURGE,RN,,false,false,0,
			PS-1,Peer PS1,ps1@h.test,D-PURGE,RN,,true,true,1,
			CANARY-COOL,Cole Canary,cole@h.test,D-COOL,RN,,false,false,0,
			CN-1,Nia Next,nia@h.test,D-COOL,RN,,false,false,0,
			CN-2,Ned Next,ned@h.test,D-COOL,RN,,false,false,0,
			CS-1,Peer CS1,cs1@h.test,D-COOL,RN,,true,true,3,
			EK-1,Eve Clinician,eve@h.test,D-ERASE,RN,,false,false,0,
			EK-2,Eli Clinician,eli@h.test,D-ERASE,RN,,false,false,0,
			CANARY-SUPPORTER,Sam Canary,sam@h.test,D-ERASE,RN,,true,true,3,
			ES-2,Peer ES2,es2@h.test,D-ERASE,MD,,true,true,3,
			""";

	@Autowired
	Environment environment;

	@BeforeEach
	void roster() {
		importRoster(ROSTER).jsonPath("$.rejected.length()").isEqualTo(0);
	}

	@Test
	void aPurgedCaseLeavesNoRowNamingItOrItsClinicianAndTheSupporterTakesTheNextCase() throws Exception {
		String clinician = "CANARY-PURGE";
		preferences(clinician);
		String caseId = due(clinician, true, new SupportPreferences(null, true, "es", null));
		Map<String, Object> offer = awaitPendingOffer(caseId);
		String offerId = offer.get("id").toString();
		assertThat(offer.get("supporter_id")).isEqualTo("PS-1");
		answer(offer, "accept").expectStatus().isOk();
		followUpDue(caseId, clinician);
		checkin(offer);
		admin().get().uri("/api/v1/offers/{id}/explanation", offerId).exchange().expectStatus().isOk();
		TestEvents.send(Topics.OUTREACH_CLOSED, clinician,
				TestEvents.closed(TIME.instant(), caseId, clinician, CloseReason.COMPLETED));
		await().atMost(PATIENCE).until(() -> "CLOSED".equals(status(caseId)));
		// Everything the case left behind is there before the purge, the trail included.
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(tablesNaming(caseId)).contains("match_request", "offer", "requested_support", "checkin",
					"follow_up", "case_facility");
			assertThat(tablesNaming(offerId)).contains("offer_explanation", "supporter_notification", "access_trail");
			assertThat(tablesNaming(clinician)).contains("clinician_preference", "access_trail");
		});

		// Past the retention: the case closed more than 30 days ago.
		TIME.advance(Duration.ofDays(31));
		String purge = purged(caseId, clinician, true);
		TestEvents.send(Topics.OUTREACH_CASE_PURGED, clinician, purge);
		await().atMost(PATIENCE).until(() -> processed(purge));
		awaitOutboxRelayed();

		assertThat(tablesNaming(caseId)).isEmpty();
		assertThat(tablesNaming(offerId)).isEmpty();
		assertThat(tablesNaming(clinician)).as("only the directory entry keeps the clinician")
			.containsExactly(DIRECTORY);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM access_trail WHERE pseudonymized", Integer.class))
			.isPositive();
		trailVerifies();
		// Accepted 31 days ago: outside every rule's reach, so nothing of it is kept.
		assertThat(tallies("PS-1")).isZero();
		load("PS-1").jsonPath("$.activeCases").isEqualTo(0).jsonPath("$.recentCases").isEqualTo(0);

		String next = due("PN-1", false, null);
		assertThat(awaitPendingOffer(next).get("supporter_id")).as("capacity and cool-down after the purge")
			.isEqualTo("PS-1");
	}

	@Test
	void aPurgeWithinTheCoolDownLeavesATallySoTheRulesStillHoldAndARedeliveryChangesNothing() throws Exception {
		String clinician = "CANARY-COOL";
		String caseId = due(clinician, true, null);
		Map<String, Object> offer = awaitPendingOffer(caseId);
		answer(offer, "accept").expectStatus().isOk();
		Instant acceptedAt = TIME.instant();
		TestEvents.send(Topics.OUTREACH_CLOSED, clinician,
				TestEvents.closed(TIME.instant(), caseId, clinician, CloseReason.COMPLETED));
		await().atMost(PATIENCE).until(() -> "CLOSED".equals(status(caseId)));

		// A facility with a retention shorter than the cool-down.
		TIME.advance(Duration.ofHours(1));
		String purge = purged(caseId, clinician, false);
		TestEvents.send(Topics.OUTREACH_CASE_PURGED, clinician, purge);
		await().atMost(PATIENCE).until(() -> processed(purge));
		awaitOutboxRelayed();
		assertThat(tablesNaming(caseId)).isEmpty();
		assertThat(tablesNaming(offer.get("id").toString())).isEmpty();
		assertThat(this.jdbc.queryForList("SELECT * FROM supporter_case_tally WHERE supporter_id = 'CS-1'"))
			.singleElement()
			.satisfies((tally) -> {
				assertThat(tally).containsEntry("high_impact", true);
				assertThat(((java.sql.Timestamp) tally.get("accepted_at")).toInstant()).isEqualTo(acceptedAt);
			});
		load("CS-1").jsonPath("$.activeCases")
			.isEqualTo(0)
			.jsonPath("$.recentCases")
			.isEqualTo(1)
			.jsonPath("$.recentHighImpactCases")
			.isEqualTo(1)
			.jsonPath("$.coolDownUntil")
			.isNotEmpty();

		// The same purge again, then a purge of an unknown case on the same key (same
		// partition), which shows that the duplicate has been consumed.
		Map<String, Integer> before = rowsNaming(clinician, caseId, "CS-1");
		TestEvents.send(Topics.OUTREACH_CASE_PURGED, clinician, purge);
		String marker = purged(UUID.randomUUID().toString(), clinician, false);
		TestEvents.send(Topics.OUTREACH_CASE_PURGED, clinician, marker);
		await().atMost(PATIENCE).until(() -> processed(marker));
		assertThat(rowsNaming(clinician, caseId, "CS-1")).isEqualTo(before);
		assertThat(tallies("CS-1")).isOne();

		// In cool-down after the high-impact case, whose records are gone: the only
		// supporter of the department is passed over, and taken again once it is over.
		String during = due("CN-1", false, null);
		await().atMost(PATIENCE).until(() -> "NO_ELIGIBLE_SUPPORTER".equals(reason(during)));
		TIME.advance(Duration.ofDays(3));
		String after = due("CN-2", false, null);
		assertThat(awaitPendingOffer(after).get("supporter_id")).isEqualTo("CS-1");
	}

	@Test
	void anErasedSupportersWaitingOfferGoesToTheNextSupporterAndNoRowNamesThemButTheDirectory() throws Exception {
		String erased = "CANARY-SUPPORTER";
		// The other supporter rests while the canary is offered two cases.
		pause("ES-2", "pause");
		String acceptedCase = due("EK-1", false, null);
		Map<String, Object> accepted = awaitPendingOffer(acceptedCase);
		assertThat(accepted.get("supporter_id")).isEqualTo(erased);
		answer(accepted, "accept").expectStatus().isOk();
		String waitingCase = due("EK-2", false, null);
		Map<String, Object> waiting = awaitPendingOffer(waitingCase);
		assertThat(waiting.get("supporter_id")).isEqualTo(erased);
		pause("ES-2", "resume");
		pause(erased, "pause");
		pause(erased, "resume");
		staff(erased).put()
			.uri("/api/v1/supporters/{id}/availability", erased)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("zone", "UTC", "windows", List.of(), "onCall", List.of()))
			.exchange()
			.expectStatus()
			.isOk();
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(tablesNaming(erased)).contains("offer", "offer_explanation",
					"supporter_state", "availability", "access_trail"));

		String erasure = erasure(erased);
		TestEvents.send(Topics.OUTREACH_ERASURE_REQUESTED, erased, erasure);
		await().atMost(PATIENCE).until(() -> processed(erasure));
		awaitOutboxRelayed();

		// The waiting offer expired through the usual path, and the case went on.
		assertThat(offers(waitingCase)).extracting((o) -> o.get("status")).containsExactly("EXPIRED", "OFFERED");
		assertThat(offers(waitingCase).get(1)).containsEntry("supporter_id", "ES-2");
		assertThat(records(Topics.ASSIGNMENTS_EXPIRED)).anyMatch((r) -> r.value().contains(waitingCase));
		// Another clinician's accepted case keeps its history, with a pseudonym.
		assertThat(offers(acceptedCase)).singleElement().satisfies((o) -> {
			assertThat(o).containsEntry("status", "ACCEPTED");
			assertThat(o.get("supporter_id").toString()).startsWith("erased-");
		});
		assertThat(tablesNaming(erased)).as("erasure takes the directory entry as well").isEmpty();
		trailVerifies();
	}

	@Test
	void anErasedClinicianLeavesNoCaseRowAndARedeliveryChangesNothing() throws Exception {
		String clinician = "EK-1";
		String caseId = due(clinician, false, null);
		awaitPendingOffer(caseId);
		preferences(clinician);
		String erasure = erasure(clinician);
		TestEvents.send(Topics.OUTREACH_ERASURE_REQUESTED, clinician, erasure);
		await().atMost(PATIENCE).until(() -> processed(erasure));
		awaitOutboxRelayed();
		assertThat(tablesNaming(caseId)).isEmpty();
		assertThat(tablesNaming(clinician)).as("erasure takes the directory entry as well").isEmpty();

		Map<String, Integer> before = rowsNaming(clinician, caseId);
		TestEvents.send(Topics.OUTREACH_ERASURE_REQUESTED, clinician, erasure);
		String marker = erasure("NOBODY-" + UUID.randomUUID());
		TestEvents.send(Topics.OUTREACH_ERASURE_REQUESTED, clinician, marker);
		await().atMost(PATIENCE).until(() -> processed(marker));
		assertThat(rowsNaming(clinician, caseId)).isEqualTo(before);
		assertThat(before).containsEntry("staff_member", 0).containsEntry("offer", 0);
	}

	@Test
	void poisonOnEitherTopicIsDeadLetteredAndTheNextRecordStillApplied() throws Exception {
		String garbled = "poison-" + UUID.randomUUID();
		String badCase = "poison-" + UUID.randomUUID();
		String noStaff = "poison-" + UUID.randomUUID();
		TestEvents.send(Topics.OUTREACH_CASE_PURGED, garbled, "{not json");
		TestEvents.send(Topics.OUTREACH_CASE_PURGED, badCase,
				TestEvents.envelope(Events.CASE_PURGED, badCase, TIME.instant(),
						new CasePurged("not-a-case-id", badCase, "MAIN", TIME.instant(), TIME.instant(), true)));
		TestEvents.send(Topics.OUTREACH_ERASURE_REQUESTED, noStaff, TestEvents.envelope(Events.ERASURE_REQUESTED,
				noStaff, TIME.instant(), new ErasureRequested(UUID.randomUUID().toString(), " ", TIME.instant())));
		// On the same keys, so on the same partitions as the poison: still applied.
		String next = purged(UUID.randomUUID().toString(), badCase, false);
		TestEvents.send(Topics.OUTREACH_CASE_PURGED, badCase, next);
		String nextErasure = erasure("NOBODY-" + UUID.randomUUID());
		TestEvents.send(Topics.OUTREACH_ERASURE_REQUESTED, noStaff, nextErasure);
		await().atMost(PATIENCE).until(() -> processed(next) && processed(nextErasure));

		String deadLetters = Topics
			.deadLetterTopic(this.environment.getRequiredProperty("spring.kafka.consumer.group-id"));
		await().atMost(PATIENCE).untilAsserted(() -> {
			List<ConsumerRecord<String, String>> dead = records(deadLetters);
			assertThat(dead).anySatisfy((r) -> {
				assertThat(r.key()).isEqualTo(garbled);
				assertThat(dlqReason(r)).contains("PoisonMessageException");
			});
			assertThat(dead).anySatisfy((r) -> {
				assertThat(r.key()).isEqualTo(badCase);
				assertThat(dlqReason(r)).contains("case id is not a UUID");
			});
			assertThat(dead).anySatisfy((r) -> {
				assertThat(r.key()).isEqualTo(noStaff);
				assertThat(dlqReason(r)).contains("no staff id");
			});
		});
	}

	@TestConfiguration
	static class OwnTime {

		@Bean
		@Primary
		Clock retentionClock() {
			return TIME;
		}

	}

	// --- what outreach and people do ------------------------------------------

	private static String due(String staffId, boolean highImpact, SupportPreferences preferences) throws Exception {
		String caseId = UUID.randomUUID().toString();
		Instant now = TIME.instant();
		OutreachDue due = new OutreachDue(caseId, staffId, List.of(UUID.randomUUID().toString()), List.of(),
				HarmLevel.SEVERE, highImpact, "MAIN", "ICU", now, now, now.plus(Duration.ofHours(1)),
				(preferences != null) ? CaseSource.SELF_REQUEST : CaseSource.INCIDENT, preferences);
		TestEvents.send(Topics.OUTREACH_DUE, staffId, TestEvents.envelope(Events.OUTREACH_DUE, caseId, now, due));
		return caseId;
	}

	private static void followUpDue(String caseId, String staffId) throws Exception {
		Instant now = TIME.instant();
		FollowUpDue due = new FollowUpDue(UUID.randomUUID().toString(), caseId, staffId,
				FollowUpTrigger.AFTER_FIRST_CONTACT, "MAIN", now, now.plus(Duration.ofDays(2)), CaseSource.INCIDENT);
		TestEvents.send(Topics.OUTREACH_FOLLOW_UP_DUE, staffId,
				TestEvents.envelope(Events.FOLLOW_UP_DUE, caseId, now, due));
	}

	private static String purged(String caseId, String staffId, boolean last) {
		Instant now = TIME.instant();
		return TestEvents.envelope(Events.CASE_PURGED, caseId, now,
				new CasePurged(caseId, staffId, "MAIN", now.minus(Duration.ofDays(31)), now, last));
	}

	private static String erasure(String staffId) {
		return TestEvents.envelope(Events.ERASURE_REQUESTED, staffId, TIME.instant(),
				new ErasureRequested(UUID.randomUUID().toString(), staffId, TIME.instant()));
	}

	private void preferences(String clinician) {
		staff(clinician).put()
			.uri("/api/v1/clinicians/{id}/match-preferences", clinician)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("languages", List.of("es"), "identityPreferences", List.of(), "departmentChoice",
					"NO_PREFERENCE"))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private void checkin(Map<String, Object> offer) {
		staff(offer.get("supporter_id")).post()
			.uri("/api/v1/supporters/{s}/offers/{o}/checkins", offer.get("supporter_id"), offer.get("id"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"contact\":\"REACHED\",\"needs\":[\"SLEEP\"]}")
			.exchange()
			.expectStatus()
			.isCreated();
	}

	private void pause(String supporterId, String action) {
		staff(supporterId).post()
			.uri("/api/v1/supporters/{id}/{action}", supporterId, action)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private WebTestClient.ResponseSpec answer(Map<String, Object> offer, String answer) {
		return staff(offer.get("supporter_id")).post()
			.uri("/api/v1/supporters/{s}/offers/{o}/{a}", offer.get("supporter_id"), offer.get("id"), answer)
			.exchange();
	}

	private WebTestClient.BodyContentSpec load(String supporterId) {
		return staff(supporterId).get()
			.uri("/api/v1/supporters/{id}/load", supporterId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private void trailVerifies() {
		this.web.get()
			.uri("/api/v1/access-trail/verification")
			.headers(TestIdentity.bearer(TestIdentity.get().operator()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intact")
			.isEqualTo(true);
	}

	// --- what the database holds ----------------------------------------------

	/** Every table of the service's schema with a row whose text contains the value. */
	private Set<String> tablesNaming(String value) {
		return SchemaScan.of(this.jdbc.getDataSource()).tablesNaming(value);
	}

	/** Per table, how many rows name any of the values. */
	private Map<String, Integer> rowsNaming(String... values) {
		return SchemaScan.of(this.jdbc.getDataSource()).rowsNaming(values);
	}

	private boolean processed(String envelope) {
		String eventId = EventJson.mapper().readTree(envelope).get("id").asString();
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM processed_event WHERE consumer = 'matching' AND event_id = ?", Integer.class,
				eventId) == 1;
	}

	private void awaitOutboxRelayed() {
		await().atMost(PATIENCE)
			.until(() -> this.jdbc.queryForObject("SELECT count(*) FROM outbox_message", Integer.class) == 0);
	}

	private int tallies(String supporterId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM supporter_case_tally WHERE supporter_id = ?",
				Integer.class, supporterId);
	}

	private Map<String, Object> awaitPendingOffer(String caseId) {
		await().atMost(PATIENCE)
			.until(() -> offers(caseId).stream().anyMatch((o) -> "OFFERED".equals(o.get("status"))));
		return offers(caseId).stream().filter((o) -> "OFFERED".equals(o.get("status"))).findFirst().orElseThrow();
	}

	private List<Map<String, Object>> offers(String caseId) {
		return this.jdbc.queryForList(
				"SELECT id, supporter_id, status FROM offer WHERE case_id = ? ORDER BY offered_at, answered_at NULLS LAST",
				UUID.fromString(caseId));
	}

	private String status(String caseId) {
		return this.jdbc
			.queryForList("SELECT status FROM match_request WHERE case_id = ?", String.class, UUID.fromString(caseId))
			.stream()
			.findFirst()
			.orElse(null);
	}

	private String reason(String caseId) {
		return this.jdbc
			.queryForList("SELECT reason FROM match_request WHERE case_id = ?", String.class, UUID.fromString(caseId))
			.stream()
			.findFirst()
			.orElse(null);
	}

	private static String dlqReason(ConsumerRecord<String, String> record) {
		return new String(record.headers().lastHeader("peersupport-dlq-reason").value(), StandardCharsets.UTF_8);
	}

	private static List<ConsumerRecord<String, String>> records(String topic) {
		return TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(topic));
	}

}
