package org.peersupport.accesstrail;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.peersupport.testkit.MutableClock;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The trail on a real PostgreSQL behind the real resource server: reads and refusals are
 * recorded with the token's caller, the chain holds under concurrent requests, an entry
 * altered behind the trigger's back is named exactly, pseudonymizing keeps the chain
 * verifiable, and the export is FHIR AuditEvents as BALP describes them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = AccessTrailTestApplication.class,
		properties = { "spring.application.name=trailtest", "spring.flyway.schemas=trailtest",
				"spring.flyway.default-schema=trailtest", "spring.flyway.locations=classpath:db/access-trail",
				"peersupport.access-trail.unattributed=GET /api/v1/probes/{staffId}/unattributed" })
@AutoConfigureWebTestClient
class AccessTrailIT {

	@Autowired
	WebTestClient web;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	TrailPseudonyms pseudonyms;

	@Autowired
	MutableClock clock;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		String url = TestInfrastructure.freshDatabase("trailtest");
		registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=trailtest");
		registry.add("spring.datasource.username", () -> TestInfrastructure.postgres().user());
		registry.add("spring.datasource.password", () -> TestInfrastructure.postgres().password());
		TestIdentity.get().springProperties().forEach((key, value) -> registry.add(key, () -> value));
	}

	@Test
	void aReadIsRecordedWithTheTokensCallerAndTheClocksTime() {
		String staffId = "C-" + UUID.randomUUID();
		Instant now = this.clock.advance(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MICROS);
		probe(TestIdentity.get().clinician(staffId), staffId).expectStatus().isOk();

		Map<String, Object> entry = lastEntryFor("resource_id", "staffId=" + staffId);
		assertThat(entry).containsEntry("actor_subject", "user-" + staffId)
			.containsEntry("actor_staff_id", staffId)
			.containsEntry("actor_roles", "CLINICIAN")
			.containsEntry("purpose", "TREAT")
			.containsEntry("action", "GET")
			.containsEntry("route", "/api/v1/probes/{staffId}")
			.containsEntry("resource_type", "probes")
			.containsEntry("outcome", 200)
			.containsEntry("client_address", "127.0.0.1");
		assertThat(((java.sql.Timestamp) entry.get("recorded_at")).toInstant()).isEqualTo(now);
	}

	@Test
	void refusalsAreRecordedWithWhoTriedAndWhat() {
		String staffId = "C-" + UUID.randomUUID();
		probe(TestIdentity.get().director(), staffId).expectStatus().isForbidden();
		assertThat(lastEntryFor("resource_id", "staffId=" + staffId)).containsEntry("outcome", 403)
			.containsEntry("actor_subject", "director")
			.containsEntry("actor_roles", "DIRECTOR")
			.containsEntry("route", "/api/v1/probes/{staffId}");

		String other = "C-" + UUID.randomUUID();
		this.web.get().uri("/api/v1/probes/{id}", other).exchange().expectStatus().isUnauthorized();
		assertThat(lastEntryFor("resource_id", "staffId=" + other)).containsEntry("outcome", 401)
			.containsEntry("actor_subject", null)
			.containsEntry("purpose", "UNKNOWN");
	}

	@Test
	void anUnattributedRouteIsRecordedWithoutWhoOrFromWhere() {
		String staffId = "C-" + UUID.randomUUID();
		this.web.get()
			.uri("/api/v1/probes/{id}/unattributed", staffId)
			.headers(TestIdentity.bearer(TestIdentity.get().clinician(staffId)))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(lastEntryFor("resource_id", "staffId=" + staffId)).containsEntry("actor_subject", null)
			.containsEntry("actor_staff_id", null)
			.containsEntry("client_address", null)
			.containsEntry("actor_roles", "CLINICIAN")
			.containsEntry("outcome", 200);
	}

	@Test
	void aCallerMayGiveOnlyTheirRolesPurposeOfUse() {
		String staffId = "C-" + UUID.randomUUID();
		String token = TestIdentity.get().clinician(staffId);
		probe(token, staffId, "PATRQT").expectStatus().isOk();
		assertThat(lastEntryFor("resource_id", "staffId=" + staffId)).containsEntry("purpose", "PATRQT");

		probe(token, staffId, "HCOMPL").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(PurposeOfUse.HEADER);
		assertThat(lastEntryFor("resource_id", "staffId=" + staffId)).containsEntry("outcome", 400)
			.containsEntry("purpose", "TREAT");
	}

	@Test
	void concurrentRequestsLeaveAnIntactChain() throws Exception {
		long before = this.verifier.verify().entries();
		ExecutorService callers = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				String staffId = "C-" + UUID.randomUUID();
				done.add(callers
					.submit(() -> probe(TestIdentity.get().clinician(staffId), staffId).expectStatus().isOk()));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			callers.shutdown();
		}
		Verification verification = this.verifier.verify();
		assertThat(verification.breaks()).isEmpty();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.entries()).isGreaterThanOrEqualTo(before + 60);
		assertThat(verification.anchor()).isEqualTo(EntryHashing.GENESIS);
	}

	@Test
	void theTriggerRefusesUpdatesDeletesAndTruncation() {
		String staffId = "C-" + UUID.randomUUID();
		probe(TestIdentity.get().clinician(staffId), staffId).expectStatus().isOk();
		long seq = seqOf(staffId);
		assertThatThrownBy(() -> this.jdbc.update("UPDATE access_trail SET outcome = 500 WHERE seq = ?", seq))
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("DELETE FROM access_trail WHERE seq = ?", seq)).rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.execute("TRUNCATE access_trail")).rootCause()
			.hasMessageContaining("append-only");
		// Marked pseudonymized, the digest still may not change.
		assertThatThrownBy(() -> this.jdbc
			.update("UPDATE access_trail SET pseudonymized = true, identity_digest = 'x' WHERE seq = ?", seq))
			.rootCause()
			.hasMessageContaining("append-only");
	}

	/**
	 * An attacker with database access disables the trigger and turns a refusal into a
	 * success: the verifier names exactly that entry, and none after it.
	 */
	@Test
	void anEntryAlteredBehindTheTriggersBackIsNamedExactly() {
		String staffId = "C-" + UUID.randomUUID();
		probe(TestIdentity.get().director(), staffId).expectStatus().isForbidden();
		long seq = seqOf(staffId);
		probe(TestIdentity.get().clinician(staffId), staffId).expectStatus().isOk();
		tamper("UPDATE access_trail SET outcome = 200 WHERE seq = " + seq);
		try {
			Verification verification = this.verifier.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.breaks()).extracting(Verification.Break::seq).containsExactly(seq);
			assertThat(verification.breaks().get(0).reason()).contains("altered");
			this.web.get()
				.uri("/api/v1/access-trail/verification")
				.headers(TestIdentity.bearer(TestIdentity.get().operator()))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.intact")
				.isEqualTo(false)
				.jsonPath("$.breaks[0].seq")
				.isEqualTo(seq);
		}
		finally {
			tamper("UPDATE access_trail SET outcome = 403 WHERE seq = " + seq);
		}
		assertThat(this.verifier.verify().intact()).isTrue();

		// Changing who read (the clear staff id) is caught by the identity digest.
		tamper("UPDATE access_trail SET actor_staff_id = 'SOMEONE-ELSE' WHERE seq = " + (seq + 1));
		try {
			assertThat(this.verifier.verify().breaks()).extracting(Verification.Break::seq).containsExactly(seq + 1);
		}
		finally {
			tamper("UPDATE access_trail SET actor_staff_id = '" + staffId + "' WHERE seq = " + (seq + 1));
		}
	}

	@Test
	void aPseudonymizedEntryKeepsTheChainVerifiable() {
		String staffId = "C-" + UUID.randomUUID();
		probe(TestIdentity.get().clinician(staffId), staffId).expectStatus().isOk();
		long seq = seqOf(staffId);
		String digest = this.jdbc.queryForObject("SELECT identity_digest FROM access_trail WHERE seq = ?", String.class,
				seq);
		assertThat(this.jdbc.queryForObject("SELECT client_address FROM access_trail WHERE seq = ?", String.class, seq))
			.isNotNull();
		String pseudonym = "pseudonym-" + UUID.randomUUID();

		assertThat(this.pseudonyms.pseudonymize(staffId, pseudonym)).isEqualTo(1);

		Map<String, Object> entry = this.jdbc.queryForMap("SELECT * FROM access_trail WHERE seq = ?", seq);
		assertThat(entry).containsEntry("actor_staff_id", pseudonym)
			.containsEntry("resource_id", "staffId=" + pseudonym)
			.containsEntry("actor_subject", "user-" + staffId)
			.containsEntry("client_address", null)
			.containsEntry("identity_digest", digest)
			.containsEntry("pseudonymized", true);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM access_trail WHERE strpos(resource_id, ?) > 0",
				Integer.class, staffId))
			.isZero();
		Verification verification = this.verifier.verify();
		assertThat(verification.breaks()).isEmpty();
		assertThat(verification.intact()).isTrue();
	}

	@Test
	void administratorsExportTheTrailAsBalpAuditEvents() {
		String staffId = "C-" + UUID.randomUUID();
		// An hour on: the entries of the other tests are older.
		Instant since = this.clock.advance(Duration.ofHours(1)).minusSeconds(1);
		probe(TestIdentity.get().clinician(staffId), staffId).expectStatus().isOk();
		probe(TestIdentity.get().director(), staffId).expectStatus().isForbidden();

		this.web.get()
			.uri("/api/v1/access-trail/fhir?since={since}", since.toString())
			.headers(TestIdentity.bearer(TestIdentity.get().administrator()))
			.accept(MediaType.parseMediaType(AccessTrailController.FHIR_JSON))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.resourceType")
			.isEqualTo("Bundle")
			.jsonPath("$.type")
			.isEqualTo("searchset")
			.jsonPath("$.entry[0].resource.resourceType")
			.isEqualTo("AuditEvent")
			.jsonPath("$.entry[0].resource.meta.profile[0]")
			.isEqualTo(AuditEvents.BALP + "Read")
			.jsonPath("$.entry[0].resource.type.code")
			.isEqualTo("rest")
			.jsonPath("$.entry[0].resource.subtype[0].code")
			.isEqualTo("read")
			.jsonPath("$.entry[0].resource.action")
			.isEqualTo("R")
			.jsonPath("$.entry[0].resource.outcome")
			.isEqualTo("0")
			.jsonPath("$.entry[0].resource.agent[0].who.identifier.value")
			.isEqualTo(staffId)
			.jsonPath("$.entry[0].resource.agent[0].type.coding[0].code")
			.isEqualTo("IRCP")
			.jsonPath("$.entry[0].resource.purposeOfEvent[0].coding[0].code")
			.isEqualTo("TREAT")
			.jsonPath("$.entry[0].resource.agent[1].type.coding[0].code")
			.isEqualTo("110153")
			.jsonPath("$.entry[0].resource.agent[1].network.address")
			.isEqualTo("127.0.0.1")
			.jsonPath("$.entry[0].resource.entity[0].what.identifier.value")
			.isEqualTo("staffId=" + staffId)
			.jsonPath("$.entry[1].resource.outcome")
			.isEqualTo("4")
			.jsonPath("$.entry[1].resource.outcomeDesc")
			.isEqualTo("HTTP 403")
			.jsonPath("$.entry[1].resource.meta")
			.doesNotExist();
	}

	@Test
	void onlyAdministratorsReadEntriesAndOperatorsOnlyTheVerification() {
		String since = Instant.now().toString();
		this.web.get()
			.uri("/api/v1/access-trail/fhir?since={since}", since)
			.headers(TestIdentity.bearer(TestIdentity.get().operator()))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.web.get()
			.uri("/api/v1/access-trail/verification")
			.headers(TestIdentity.bearer(TestIdentity.get().clinician("C-1")))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.web.get()
			.uri("/api/v1/access-trail/verification")
			.headers(TestIdentity.bearer(TestIdentity.get().administrator()))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void badParametersGetAProblemNamingTheField() {
		String admin = TestIdentity.get().administrator();
		for (String[] bad : List.of(new String[] { "since=garbage", "since" }, new String[] { "", "since" },
				new String[] { "since=2026-01-01T00:00:00Z&_count=0", "_count" },
				new String[] { "since=2026-01-01T00:00:00Z&_count=5000", "_count" },
				new String[] { "since=2026-01-01T00:00:00Z&_count=ten", "_count" })) {
			this.web.get()
				.uri("/api/v1/access-trail/fhir?" + bad[0])
				.headers(TestIdentity.bearer(admin))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo(bad[1]);
		}
	}

	private WebTestClient.ResponseSpec probe(String token, String staffId) {
		return this.web.get().uri("/api/v1/probes/{id}", staffId).headers(TestIdentity.bearer(token)).exchange();
	}

	private WebTestClient.ResponseSpec probe(String token, String staffId, String purpose) {
		return this.web.get()
			.uri("/api/v1/probes/{id}", staffId)
			.headers(TestIdentity.bearer(token))
			.header(PurposeOfUse.HEADER, purpose)
			.exchange();
	}

	private Map<String, Object> lastEntryFor(String column, String value) {
		return this.jdbc.queryForMap("SELECT * FROM access_trail WHERE " + column + " = ? ORDER BY seq DESC LIMIT 1",
				value);
	}

	private long seqOf(String staffId) {
		return (long) lastEntryFor("resource_id", "staffId=" + staffId).get("seq");
	}

	/** As an attacker with database access would: with the trigger off. */
	private void tamper(String update) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.execute("ALTER TABLE access_trail DISABLE TRIGGER access_trail_append_only");
			this.jdbc.execute(update);
			this.jdbc.execute("ALTER TABLE access_trail ENABLE TRIGGER access_trail_append_only");
		});
	}

}
