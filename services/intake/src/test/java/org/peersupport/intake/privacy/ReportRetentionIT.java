package org.peersupport.intake.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.ErasureRequested;
import org.peersupport.testkit.MutableClock;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Intake's own retention and erasure, on the real broker and database: past the retention
 * a report keeps only what answers a retry, a retry is still a duplicate (never new
 * cases), the risk system still sees its report's status, an erased person leaves every
 * stored report, and a poison erasure record goes to {@code intake.dlq}. The consumer
 * group is the service's real one, so dead letters land where operators look.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "peersupport.intake.retention-sweep=200ms")
@AutoConfigureWebTestClient(timeout = "PT30S")
class ReportRetentionIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final MutableClock CLOCK = new MutableClock(Instant.now());

	@TestConfiguration
	static class Time {

		@Bean
		MutableClock clock() {
			return CLOCK;
		}

	}

	@Autowired
	WebTestClient http;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("intake").forEach((key, value) -> registry.add(key, () -> value));
	}

	@BeforeEach
	void signInAsRiskSystem() {
		this.http = this.http.mutate()
			.defaultHeaders(TestIdentity.bearer(TestIdentity.get().riskSystem("rl6")))
			.build();
	}

	@Test
	void pastItsRetentionAReportForgetsWhoWasInvolvedAndARetryIsStillADuplicate() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String body = report("kept-" + run, involved("R1-" + run, "R2-" + run));
		String id = accepted(body);
		await().atMost(PATIENCE).until(() -> published(id).size() == 1);
		assertThat(row(id)).contains("R1-" + run);

		CLOCK.advance(Duration.ofDays(31));
		await().atMost(PATIENCE).until(() -> strippedAt(id) != null);
		assertThat(row(id)).doesNotContain("R1-" + run, "R2-" + run, "PRIMARY");
		assertThat(this.jdbc.queryForMap(
				"SELECT source, report_id, payload_hash, status, received_at FROM received_report WHERE id = ?::uuid",
				id))
			.allSatisfy((column, value) -> assertThat(value).as(column).isNotNull());

		for (String retry : List.of(body, report("kept-" + run, involved("R1-" + run, "R2-" + run, "R3-" + run)))) {
			post(retry).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.id")
				.isEqualTo(id)
				.jsonPath("$.status")
				.isEqualTo("duplicate");
		}
		assertThat(row(id)).as("a retry brings nobody back").doesNotContain("R3-" + run);
		String probe = accepted(report("probe-" + run, involved("P-" + run)));
		await().atMost(PATIENCE).until(() -> published(probe).size() == 1);
		assertThat(published(id)).as("the retries after retention started no case").hasSize(1);

		this.http.get()
			.uri("/api/v1/adverse-events/" + id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("published");
	}

	@Test
	void anErasedPersonLeavesEveryStoredReportAndNothingElseChanges() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String erased = "E1-" + run;
		String first = accepted(report("erase-a-" + run, involved(erased, "E2-" + run)));
		String second = accepted(report("erase-b-" + run, involved("E3-" + run, erased)));
		EventEnvelope erasure = EventEnvelope.wrap(Events.ERASURE_REQUESTED, "/test", erased, Instant.now(),
				new ErasureRequested(UUID.randomUUID().toString(), erased, Instant.now()), EventJson.mapper());
		send(erased, EventJson.mapper().writeValueAsString(erasure));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(row(first) + row(second)).doesNotContain(erased)
				.contains("E2-" + run, "E3-" + run));
		// Redelivered: the inbox has it, and the reports stay as they are.
		send(erased, EventJson.mapper().writeValueAsString(erasure));
		assertThat(
				this.jdbc.queryForObject("SELECT status FROM received_report WHERE id = ?::uuid", String.class, first))
			.isEqualTo("ACCEPTED");
		post(report("erase-a-" + run, involved(erased, "E2-" + run))).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("duplicate");
	}

	@Test
	void aPoisonErasureRecordGoesToTheDeadLetterTopicWithItsReason() {
		String key = "poison-" + UUID.randomUUID();
		send(key, "{not json");
		String run = UUID.randomUUID().toString().substring(0, 8);
		String erased = "E9-" + run;
		String report = accepted(report("after-poison-" + run, involved(erased, "E8-" + run)));
		send(erased,
				EventJson.mapper()
					.writeValueAsString(EventEnvelope.wrap(Events.ERASURE_REQUESTED, "/test", erased, Instant.now(),
							new ErasureRequested(UUID.randomUUID().toString(), erased, Instant.now()),
							EventJson.mapper())));
		await().atMost(PATIENCE).untilAsserted(() -> {
			List<ConsumerRecord<String, String>> dead = TopicReader
				.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of("intake.dlq"))
				.stream()
				.filter((record) -> key.equals(record.key()))
				.toList();
			assertThat(dead).hasSize(1);
			assertThat(new String(dead.get(0).headers().lastHeader("peersupport-dlq-reason").value(),
					StandardCharsets.UTF_8))
				.contains("not a readable org.peersupport.outreach.erasure-requested.v1");
		});
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(row(report)).as("good records after the poison are processed")
				.doesNotContain(erased));
	}

	private String accepted(String body) {
		Map<?, ?> answer = post(body).expectStatus()
			.isAccepted()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return String.valueOf(answer.get("id"));
	}

	private WebTestClient.ResponseSpec post(String body) {
		return this.http.post()
			.uri("/api/v1/adverse-events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	/** The whole stored row as text, to look for a staff id anywhere in it. */
	private String row(String id) {
		return this.jdbc.queryForObject("SELECT r::text FROM received_report r WHERE id = ?::uuid", String.class, id);
	}

	private Object strippedAt(String id) {
		return this.jdbc.queryForObject("SELECT stripped_at FROM received_report WHERE id = ?::uuid", Object.class, id);
	}

	private static List<ConsumerRecord<String, String>> published(String eventId) {
		return TopicReader
			.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(Topics.ADVERSE_EVENTS_REPORTED))
			.stream()
			.filter((record) -> eventId.equals(record.key()))
			.toList();
	}

	private static void send(String key, String value) {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()), new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>(Topics.OUTREACH_ERASURE_REQUESTED, key, value)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String involved(String... staffIds) {
		StringBuilder json = new StringBuilder("\"involved\":[");
		for (int i = 0; i < staffIds.length; i++) {
			json.append((i > 0) ? "," : "")
				.append("{\"staffId\":\"")
				.append(staffIds[i])
				.append("\",\"role\":\"PRIMARY\"}");
		}
		return json.append(']').toString();
	}

	private static String report(String reportId, String involved) {
		return "{\"source\":\"rl6-test\",\"reportId\":\"" + reportId
				+ "\",\"occurredAt\":\"2026-11-20T10:00:00Z\",\"harm\":\"SEVERE\"," + involved + "}";
	}

}
