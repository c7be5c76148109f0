package org.peersupport.outreach;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.events.CasePurged;
import org.peersupport.contracts.events.ErasureRequested;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.outreachcase.OutreachCaseQueries;
import org.peersupport.outreach.outreachcase.OutreachCaseView;
import org.peersupport.testkit.MutableClock;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Retention and erasure (docs/privacy.md, "Retention"), on a real broker and database
 * with the built-in policy (30 days after close) and a clock the tests move: a closed
 * case is purged with {@code outreach.case-purged.v1}, open and reopened cases are not,
 * the trail still verifies and names neither the case nor the person, and an
 * administrator's erasure leaves no row anywhere in outreach naming the person.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class RetentionIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final Duration PAST_RETENTION = Duration.ofDays(31);

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-01T15:00:00Z"));

	@Autowired
	WebTestClient web;

	@Autowired
	OutreachCaseQueries queries;

	@Autowired
	Clinicians clinicians;

	@Autowired
	JdbcTemplate jdbc;

	/** This run's suffix, so a rerun on the same broker meets none of these. */
	private String run;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("outreach").forEach((key, value) -> registry.add(key, () -> value));
		String group = "outreach-retention-" + UUID.randomUUID();
		registry.add("spring.kafka.consumer.group-id", () -> group);
		registry.add("peersupport.timers.polling-interval", () -> "PT0.1S");
	}

	@TestConfiguration
	static class TestClock {

		@Bean
		Clock clock() {
			return CLOCK;
		}

	}

	@BeforeEach
	void daytime() {
		this.run = UUID.randomUUID().toString().substring(0, 8);
		CLOCK.advanceToNext(LocalTime.of(10, 0), NEW_YORK);
	}

	private String staff(String name) {
		return name + "-" + this.run;
	}

	@Test
	void aClosedCaseIsPurgedAfterItsRetentionAndOpenAndReopenedCasesAreNot() {
		String closed = staff("RT-CLOSED");
		String open = staff("RT-OPEN");
		String reopened = staff("RT-REOPENED");
		for (String clinician : List.of(closed, open, reopened)) {
			directory(clinician);
			OutreachTraffic.report(CLOCK.instant(), HarmLevel.MODERATE, null, "MAIN", clinician);
		}
		OutreachCaseView closedCase = awaitCase(closed);
		OutreachCaseView openCase = awaitCase(open);
		OutreachCaseView reopenedCase = awaitCase(reopened);
		// Opting out closes a case (OPTED_OUT); opting in again keeps the preferences, as
		// they must stay while the person is in the directory.
		optOut(closed, true);
		optOut(reopened, true);
		optOut(closed, false);
		awaitStatus(closedCase.id(), "CLOSED");
		awaitStatus(reopenedCase.id(), "CLOSED");
		Instant closedAt = CLOCK.instant();
		// A supporter accepted the open one: it stays open however long it takes.
		this.jdbc.update("UPDATE outreach_case SET status = 'ACCEPTED', supporter_id = 'P-1' WHERE id = ?::uuid",
				openCase.id());
		// A milestone reopens a closed case as OutreachCase.reopened() does: open again,
		// no close time.
		this.jdbc.update("""
				UPDATE outreach_case SET status = 'ACCEPTED', close_reason = NULL, closed_at = NULL WHERE id = ?::uuid
				""", reopenedCase.id());
		// The trail names the case (an administrator read its invitation) and the person
		// (they read their own cases).
		as(TestIdentity.get().administrator()).get()
			.uri("/api/v1/cases/{id}/invitation?channel=EMAIL", closedCase.id())
			.exchange()
			.expectStatus()
			.isOk();
		as(TestIdentity.get().clinician(closed)).get().uri("/api/v1/cases").exchange().expectStatus().isOk();
		assertThat(trailRows()).anyMatch((row) -> row.contains(closedCase.id()));
		assertThat(trailRows()).anyMatch((row) -> row.contains(closed));

		CLOCK.advance(PAST_RETENTION);

		CasePurged purged = await().atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_CASE_PURGED, closedCase.id()), (r) -> !r.isEmpty())
			.stream()
			.map((r) -> OutreachTraffic.data(r, Events.CASE_PURGED))
			.findFirst()
			.orElseThrow();
		assertThat(purged)
			.isEqualTo(new CasePurged(closedCase.id(), closed, "MAIN", closedAt, purged.purgedAt(), true));
		assertThat(purged.purgedAt()).isAfterOrEqualTo(closedAt.plus(Duration.ofDays(30)));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(OutreachTables.everyRowOfEveryTable(this.jdbc))
				.noneMatch((row) -> row.contains(closedCase.id())));
		assertThat(this.queries.forClinician(closed)).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM clinician_preferences WHERE staff_id = ?",
				Integer.class, closed))
			.as("the preferences stay while the person is in the directory: an opt-out must keep working")
			.isOne();
		// The trail still verifies, and names neither the purged case nor its clinician.
		verifiesIntact();
		assertThat(trailRows()).noneMatch((row) -> row.contains(closedCase.id()) || row.contains(closed));
		// The reopened case's timer fired too, and left it alone; the open one has none.
		await().atMost(PATIENCE)
			.until(() -> this.jdbc.queryForObject(
					"SELECT count(*) FROM scheduled_tasks WHERE task_name = 'outreach-case-retention' AND task_instance = ?",
					Integer.class, reopenedCase.id()) == 0);
		assertThat(this.queries.forClinician(reopened)).singleElement()
			.satisfies((c) -> assertThat(c.status()).hasToString("ACCEPTED"));
		assertThat(this.queries.forClinician(open)).singleElement()
			.satisfies((c) -> assertThat(c.status()).hasToString("ACCEPTED"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM case_event WHERE case_id IN (?::uuid, ?::uuid)",
				Integer.class, openCase.id(), reopenedCase.id()))
			.isEqualTo(2);
		assertThat(OutreachTraffic.published(Topics.OUTREACH_CASE_PURGED, reopenedCase.id())).isEmpty();
		assertThat(OutreachTraffic.published(Topics.OUTREACH_CASE_PURGED, openCase.id())).isEmpty();
	}

	@Test
	void casesClosedBeforeTheUpgradeGetTheirTimerOnceAndArePurged() throws Exception {
		String clinician = staff("RT-OLD");
		UUID caseId = UUID.randomUUID();
		Instant closedAt = CLOCK.instant().minus(Duration.ofDays(40));
		this.jdbc.update("""
				INSERT INTO outreach_case (id, staff_id, status, harm, high_impact, facility, first_received_at, due_at,
				    window_ends_at, close_reason, closed_at, opened_at, updated_at)
				VALUES (?, ?, 'CLOSED', 'MILD', false, 'MAIN', ?, ?, ?, 'COMPLETED', ?, ?, ?)
				""", caseId, clinician, ts(closedAt), ts(closedAt), ts(closedAt), ts(closedAt), ts(closedAt),
				ts(closedAt));
		// The upgrade's statement, as V50 runs it, twice: a second run adds nothing.
		String migration = new ClassPathResource("db/outreach/V50__retention_and_erasure.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		String timers = migration.substring(migration.indexOf("INSERT INTO scheduled_tasks"));
		this.jdbc.update(timers.substring(0, timers.indexOf(';')));
		this.jdbc.update(timers.substring(0, timers.indexOf(';')));
		// 40 days closed: due at once. The upgrade's statement also gives every case the
		// earlier tests closed a timer, all due together: the scheduler works through
		// them
		// in its batches, so this one may come last on a busy machine.
		await().atMost(PATIENCE.multipliedBy(3))
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_CASE_PURGED, caseId.toString()),
					(r) -> !r.isEmpty());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM outreach_case WHERE id = ?", Integer.class, caseId))
			.isZero();
	}

	@Test
	void anErasureLeavesNoRowNamingThePersonAndIsPublishedOncePerKey() {
		String canary = staff("CANARY");
		String colleague = staff("RT-COLLEAGUE");
		String other = staff("RT-OTHER");
		directory(canary);
		directory(colleague);
		directory(other);
		optOut(canary, false);
		as(TestIdentity.get().clinician(canary)).put()
			.uri("/api/v1/clinicians/{id}/shifts", canary)
			.bodyValue(Map.of("lastShiftEnd", CLOCK.instant().toString(), "nightShift", false))
			.exchange()
			.expectStatus()
			.isOk();
		// Their own case, open, with someone else involved in the same event; a word
		// about a colleague that names them as the referrer.
		OutreachTraffic.report(CLOCK.instant(), HarmLevel.MODERATE, null, "MAIN", canary, other);
		as(TestIdentity.get().clinician(canary)).post()
			.uri("/api/v1/colleague-referrals")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"staffId\":\"" + colleague + "\",\"named\":true}")
			.exchange()
			.expectStatus()
			.isAccepted();
		awaitCase(canary);
		OutreachCaseView otherCase = awaitCase(other);
		awaitCase(colleague);
		assertThat(this.jdbc.queryForList("SELECT co_involved FROM case_event WHERE case_id = ?::uuid", String.class,
				otherCase.id()))
			.singleElement()
			.asString()
			.contains(canary);
		assertThat(OutreachTables.everyRowOfEveryTable(this.jdbc)).filteredOn((row) -> row.contains(canary))
			.hasSizeGreaterThan(5);

		String key = "erase-" + this.run;
		String first = erase(canary, key);
		String again = erase(canary, key);
		assertThat(again).as("the same key answers the same erasure").isEqualTo(first);
		// Someone outreach never knew is erased too: other services may hold records.
		String probe = erase(staff("NOBODY"), null);
		await().atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_ERASURE_REQUESTED, probe), (r) -> !r.isEmpty());
		List<ErasureRequested> published = OutreachTraffic.published(Topics.OUTREACH_ERASURE_REQUESTED, canary)
			.stream()
			.map((r) -> OutreachTraffic.data(r, Events.ERASURE_REQUESTED))
			.toList();
		assertThat(published).singleElement().satisfies((e) -> {
			assertThat(e.erasureId()).isEqualTo(first);
			assertThat(e.staffId()).isEqualTo(canary);
		});
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(OutreachTables.everyRowOfEveryTable(this.jdbc))
				.noneMatch((row) -> row.contains(canary)));
		verifiesIntact();
		// Who asked is the token's, in the trail (the request names nobody there).
		await().atMost(PATIENCE)
			.until(() -> trailRows().stream()
				.filter((row) -> row.contains("/api/v1/erasure-requests") && row.contains("admin"))
				.count() >= 3);
		// The others' records stay: the colleague's case and the other clinician's.
		assertThat(this.queries.forClinician(other)).hasSize(1);
		assertThat(this.queries.forClinician(colleague)).hasSize(1);
		// The key is this erasure's: it erases nobody else.
		as(TestIdentity.get().administrator()).post()
			.uri("/api/v1/erasure-requests")
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"staffId\":\"" + other + "\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("Idempotency-Key");
		assertThat(this.queries.forClinician(other)).hasSize(1);
	}

	@Test
	void onlyProgramAdministratorsEraseAndABadRequestNamesItsField() {
		String body = "{\"staffId\":\"" + staff("RT-SAFE") + "\"}";
		for (String token : List.of(TestIdentity.get().clinician(staff("RT-ASKER")),
				TestIdentity.get().administrator("NORTH"), TestIdentity.get().director())) {
			as(token).post()
				.uri("/api/v1/erasure-requests")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
		WebTestClient administrator = as(TestIdentity.get().administrator());
		for (String bad : List.of("{}", "{\"staffId\":\"\"}", "{\"staffId\":42}", "{\"staffId\":null}")) {
			administrator.post()
				.uri("/api/v1/erasure-requests")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(bad)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("staffId");
		}
		administrator.post()
			.uri("/api/v1/erasure-requests")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"staffId\":\"X-1\",\"reason\":\"left\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("reason");
	}

	@Test
	void aDirectoryTombstoneForgetsTheProfile() throws Exception {
		String leaver = staff("RT-LEAVER");
		directory(leaver);
		try (var producer = new KafkaProducer<>(
				Map.<String, Object>of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()),
				new StringSerializer(), new StringSerializer())) {
			for (int i = 0; i < 2; i++) {
				producer.send(new ProducerRecord<String, String>(Topics.STAFF_DIRECTORY, leaver, null)).get();
			}
		}
		await().atMost(PATIENCE).until(() -> this.clinicians.profile(leaver).isEmpty());
		// The listener goes on: the next entry is stored as ever.
		String joiner = staff("RT-JOINER");
		directory(joiner);
	}

	private String erase(String staffId, String key) {
		WebTestClient.RequestBodySpec request = as(TestIdentity.get().administrator()).post()
			.uri("/api/v1/erasure-requests")
			.contentType(MediaType.APPLICATION_JSON);
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.bodyValue("{\"staffId\":\"" + staffId + "\"}")
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(ErasureAnswer.class)
			.returnResult()
			.getResponseBody()
			.erasureId();
	}

	record ErasureAnswer(String erasureId) {
	}

	private void verifiesIntact() {
		as(TestIdentity.get().operator()).get()
			.uri("/api/v1/access-trail/verification")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intact")
			.isEqualTo(true)
			.jsonPath("$.breaks.length()")
			.isEqualTo(0);
	}

	private List<String> trailRows() {
		return this.jdbc.queryForList("SELECT t::text FROM access_trail t", String.class);
	}

	private void optOut(String staffId, boolean optedOut) {
		as(TestIdentity.get().clinician(staffId)).put()
			.uri("/api/v1/clinicians/{id}/preferences", staffId)
			.bodyValue(Map.of("channel", "EMAIL", "optedOut", optedOut))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private void awaitStatus(String caseId, String status) {
		await().atMost(PATIENCE)
			.until(() -> this.jdbc.queryForObject("SELECT status FROM outreach_case WHERE id = ?::uuid", String.class,
					caseId), status::equals);
	}

	private OutreachCaseView awaitCase(String staffId) {
		return await().atMost(PATIENCE).until(() -> {
			List<OutreachCaseView> cases = this.queries.forClinician(staffId);
			return cases.isEmpty() ? null : cases.get(0);
		}, (c) -> c != null);
	}

	private void directory(String staffId) {
		OutreachTraffic.send(Events.STAFF_DIRECTORY_ENTRY, staffId, staffId,
				new StaffDirectoryEntry(staffId, "Name " + staffId, staffId + "@hospital.test", "ICU", "RN", null,
						false, false, null, true, 0, CLOCK.instant()));
		await().atMost(PATIENCE).until(() -> this.clinicians.profile(staffId).isPresent());
	}

	private WebTestClient as(String token) {
		return this.web.mutate().defaultHeaders(TestIdentity.bearer(token)).build();
	}

	private static java.sql.Timestamp ts(Instant at) {
		return java.sql.Timestamp.from(at);
	}

}
