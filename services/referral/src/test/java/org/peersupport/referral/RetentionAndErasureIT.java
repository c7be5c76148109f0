package org.peersupport.referral;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.EventType;
import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.CasePurged;
import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.contracts.events.ErasureRequested;
import org.peersupport.contracts.events.NeedCode;
import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.referral.crisis.Crises;
import org.peersupport.testkit.SchemaScan;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Retention and erasure in referral, on the real broker and database, with the events
 * published as outreach publishes them: a purged case's referrals and acknowledged crises
 * (with their pages, timers and trail ids) go, an open crisis stays until a lead
 * acknowledges it and goes then; an erasure does the same for every case of the person
 * and puts a pseudonym where they only supported someone else's crisis; a redelivery
 * changes nothing; poison is dead-lettered and the next record still applied.
 */
class RetentionAndErasureIT extends ReferralServiceTest {

	private static final String GROUP = "referral-retention-it-" + UUID.randomUUID();

	private static final String LEAD = "LEAD-R1";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		infrastructure(registry, GROUP);
	}

	@Autowired
	Crises crises;

	@BeforeEach
	void rota() {
		// No pager gateway: every page fails, and is recorded as failed, naming the lead.
		administrator().put()
			.uri("/api/v1/on-call")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("[{\"leadId\":\"" + LEAD + "\",\"pagerId\":\"PAGER-R1\"}]")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void aPurgedCaseLosesItsReferralsAndAcknowledgedCrisesAndAnOpenCrisisGoesOnceAcknowledged() throws Exception {
		String clinician = "CANARY-" + UUID.randomUUID();
		String purgedCase = "CASE-" + UUID.randomUUID();
		String otherCase = "CASE-" + UUID.randomUUID();
		String closedCrisis = crisisOf(checkin(purgedCase, clinician, "SUP-1", ReferralKind.THERAPY));
		String referral = referralOf(purgedCase);
		String openCrisis = crisisOf(checkin(otherCase, clinician, "SUP-1", ReferralKind.EAP));
		awaitPageOf(closedCrisis);
		awaitPageOf(openCrisis);
		clinician(clinician).get().uri("/api/v1/referrals/{id}", referral).exchange().expectStatus().isOk();
		lead(LEAD).get().uri("/api/v1/crises/{id}", closedCrisis).exchange().expectStatus().isOk();
		this.crises.acknowledge(closedCrisis, LEAD);
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(tablesNaming(referral)).contains("referral", "scheduled_tasks", "access_trail");
			assertThat(tablesNaming(closedCrisis)).contains("crisis", "crisis_page", "access_trail");
		});

		String purge = purged(purgedCase, clinician, false);
		CheckinFeed.sendTo(Topics.OUTREACH_CASE_PURGED, clinician, purge);
		await().atMost(PATIENCE).until(() -> processed(purge));
		assertThat(tablesNaming(purgedCase)).isEmpty();
		assertThat(tablesNaming(referral)).isEmpty();
		// A paging timer that was firing at that moment ends itself: it finds no crisis.
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(tablesNaming(closedCrisis)).isEmpty());
		assertThat(tablesNaming(otherCase)).as("the clinician's other case is untouched")
			.containsExactly("crisis", "referral");
		trailVerifies();

		// The same purge again, then one of an unknown case on the same key (the same
		// partition), which shows that the duplicate has been consumed.
		Map<String, Integer> before = rowsNaming(clinician, purgedCase, otherCase, openCrisis);
		CheckinFeed.sendTo(Topics.OUTREACH_CASE_PURGED, clinician, purge);
		String marker = purged("CASE-" + UUID.randomUUID(), clinician, false);
		CheckinFeed.sendTo(Topics.OUTREACH_CASE_PURGED, clinician, marker);
		await().atMost(PATIENCE).until(() -> processed(marker));
		assertThat(rowsNaming(clinician, purgedCase, otherCase, openCrisis)).isEqualTo(before);

		// The clinician's last case, with a crisis still open: only that crisis stays,
		// with its pages, until a lead acknowledges it.
		String last = purged(otherCase, clinician, true);
		CheckinFeed.sendTo(Topics.OUTREACH_CASE_PURGED, clinician, last);
		await().atMost(PATIENCE).until(() -> processed(last));
		assertThat(tablesNaming(clinician)).containsExactly("crisis");
		assertThat(tablesNaming(openCrisis)).contains("crisis", "crisis_page");
		assertThat(this.crises.list(true)).extracting((crisis) -> crisis.id()).contains(openCrisis);
		this.crises.acknowledge(openCrisis, LEAD);
		// Once its acknowledgement is relayed from the outbox, nothing names them.
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(tablesNaming(clinician)).isEmpty();
			assertThat(tablesNaming(openCrisis)).isEmpty();
			assertThat(tablesNaming(otherCase)).isEmpty();
		});
		trailVerifies();
	}

	@Test
	void anErasureSparesAnOpenCrisisDeletesAnAcknowledgedOneAndPseudonymizesTheirSupport() throws Exception {
		String erased = "CANARY-" + UUID.randomUUID();
		String acknowledgedCrisis = crisisOf(checkin("CASE-" + UUID.randomUUID(), erased, "SUP-1", ReferralKind.LEGAL));
		String openCrisis = crisisOf(checkin("CASE-" + UUID.randomUUID(), erased, "SUP-1"));
		// Someone else's crisis, raised by the erased person as their supporter.
		String colleague = "COLLEAGUE-" + UUID.randomUUID();
		String supportedCrisis = crisisOf(checkin("CASE-" + UUID.randomUUID(), colleague, erased));
		awaitPageOf(acknowledgedCrisis);
		this.crises.acknowledge(acknowledgedCrisis, LEAD);
		this.crises.acknowledge(supportedCrisis, LEAD);
		clinician(erased).get().uri("/api/v1/referrals").exchange().expectStatus().isOk();
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(tablesNaming(erased)).contains("crisis", "referral", "access_trail"));

		String erasure = erasure(erased);
		CheckinFeed.sendTo(Topics.OUTREACH_ERASURE_REQUESTED, erased, erasure);
		await().atMost(PATIENCE).until(() -> processed(erasure));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(tablesNaming(acknowledgedCrisis)).isEmpty());
		assertThat(this.jdbc.queryForList("SELECT id FROM crisis WHERE staff_id = ?", String.class, erased))
			.as("the open crisis, and only it, survives the erasure")
			.containsExactly(openCrisis);
		assertThat(tablesNaming(erased)).containsExactly("crisis");
		assertThat(
				this.jdbc.queryForObject("SELECT supporter_id FROM crisis WHERE id = ?", String.class, supportedCrisis))
			.startsWith("erased-");
		assertThat(tablesNaming(colleague)).as("the colleague's crisis is theirs, and stays").contains("crisis");
		trailVerifies();

		Map<String, Integer> before = rowsNaming(erased, colleague, openCrisis, supportedCrisis);
		CheckinFeed.sendTo(Topics.OUTREACH_ERASURE_REQUESTED, erased, erasure);
		String marker = erasure("NOBODY-" + UUID.randomUUID());
		CheckinFeed.sendTo(Topics.OUTREACH_ERASURE_REQUESTED, erased, marker);
		await().atMost(PATIENCE).until(() -> processed(marker));
		assertThat(rowsNaming(erased, colleague, openCrisis, supportedCrisis)).isEqualTo(before);

		this.crises.acknowledge(openCrisis, LEAD);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(tablesNaming(erased)).isEmpty());
	}

	@Test
	void poisonOnEitherTopicIsDeadLetteredAndTheNextRecordStillApplied() throws Exception {
		String garbled = "poison-" + UUID.randomUUID();
		String noCase = "poison-" + UUID.randomUUID();
		String noStaff = "poison-" + UUID.randomUUID();
		CheckinFeed.sendTo(Topics.OUTREACH_CASE_PURGED, garbled, "{not json");
		CheckinFeed.sendTo(Topics.OUTREACH_CASE_PURGED, noCase,
				envelope(Events.CASE_PURGED, noCase, new CasePurged(" ", noCase, "MAIN", now(), now(), true)));
		CheckinFeed.sendTo(Topics.OUTREACH_ERASURE_REQUESTED, noStaff, envelope(Events.ERASURE_REQUESTED, noStaff,
				new ErasureRequested(UUID.randomUUID().toString(), null, now())));
		String next = purged("CASE-" + UUID.randomUUID(), noCase, false);
		CheckinFeed.sendTo(Topics.OUTREACH_CASE_PURGED, noCase, next);
		String nextErasure = erasure("NOBODY-" + UUID.randomUUID());
		CheckinFeed.sendTo(Topics.OUTREACH_ERASURE_REQUESTED, noStaff, nextErasure);
		await().atMost(PATIENCE).until(() -> processed(next) && processed(nextErasure));

		await().atMost(PATIENCE).untilAsserted(() -> {
			List<ConsumerRecord<String, String>> dead = TopicReader
				.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(Topics.deadLetterTopic(GROUP)));
			assertThat(dead).anySatisfy((r) -> {
				assertThat(r.key()).isEqualTo(garbled);
				assertThat(reason(r)).contains("PoisonMessageException");
			});
			assertThat(dead).anySatisfy((r) -> {
				assertThat(r.key()).isEqualTo(noCase);
				assertThat(reason(r)).contains("without caseId");
			});
			assertThat(dead).anySatisfy((r) -> {
				assertThat(r.key()).isEqualTo(noStaff);
				assertThat(reason(r)).contains("without staffId");
			});
		});
	}

	// --- what matching and outreach send --------------------------------------

	/** A check-in with the crisis flag and a consented referral of each kind. */
	private static String checkin(String caseId, String staffId, String supporterId, ReferralKind... kinds)
			throws Exception {
		CheckinCompleted checkin = new CheckinCompleted("CHK-" + UUID.randomUUID(), caseId,
				UUID.randomUUID().toString(), staffId, supporterId, null, ContactOutcome.REACHED,
				List.of(NeedCode.SLEEP), List.of(kinds), true, true, false, "MAIN", Instant.now());
		CheckinFeed.send(CheckinFeed.envelope(checkin));
		return checkin.checkinId();
	}

	private String purged(String caseId, String staffId, boolean last) {
		return envelope(Events.CASE_PURGED, caseId,
				new CasePurged(caseId, staffId, "MAIN", now().minusSeconds(3600), now(), last));
	}

	private String erasure(String staffId) {
		return envelope(Events.ERASURE_REQUESTED, staffId,
				new ErasureRequested(UUID.randomUUID().toString(), staffId, now()));
	}

	private <T> String envelope(EventType<T> type, String subject, T data) {
		return EventJson.mapper()
			.writeValueAsString(EventEnvelope.wrap(type, "/test", subject, now(), data, EventJson.mapper()));
	}

	private Instant now() {
		return this.clock.instant();
	}

	private void trailVerifies() {
		as(TestIdentity.get().operator()).get()
			.uri("/api/v1/access-trail/verification")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intact")
			.isEqualTo(true);
	}

	// --- what the database holds ----------------------------------------------

	private String crisisOf(String checkinId) {
		return await().atMost(PATIENCE)
			.until(() -> this.jdbc.queryForList("SELECT id FROM crisis WHERE checkin_id = ?", String.class, checkinId),
					(ids) -> !ids.isEmpty())
			.get(0);
	}

	private String referralOf(String caseId) {
		return await().atMost(PATIENCE)
			.until(() -> this.jdbc.queryForList("SELECT id FROM referral WHERE case_id = ?", String.class, caseId),
					(ids) -> !ids.isEmpty())
			.get(0);
	}

	private void awaitPageOf(String crisisId) {
		await().atMost(PATIENCE)
			.until(() -> this.jdbc.queryForObject("SELECT count(*) FROM crisis_page WHERE crisis_id = ?", Integer.class,
					crisisId) > 0);
	}

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
				"SELECT count(*) FROM processed_event WHERE consumer = 'referral' AND event_id = ?", Integer.class,
				eventId) == 1;
	}

	private static String reason(ConsumerRecord<String, String> record) {
		return new String(record.headers().lastHeader("peersupport-dlq-reason").value(), StandardCharsets.UTF_8);
	}

}
