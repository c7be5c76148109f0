package org.peersupport.intake;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Topics;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Milestones for reported incidents: validated, idempotent, published once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class MilestoneIT {

	@Autowired
	WebTestClient http;

	/** Every request here is a risk system's, with a real token. */
	@BeforeEach
	void signInAsRiskSystem() {
		this.http = this.http.mutate()
			.defaultHeaders(TestIdentity.bearer(TestIdentity.get().riskSystem("rl6")))
			.build();
	}

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("intake").forEach((key, value) -> registry.add(key, () -> value));
	}

	@Test
	void aMilestoneForAReportedEventIsPublishedOnceEvenWhenRetried() {
		String eventId = reportedEvent("milestone-1");
		String body = "{\"kind\":\"rca-scheduled\",\"scheduledFor\":\"2026-12-01T14:00:00-05:00\"}";
		Map<?, ?> first = milestone(eventId, body).expectStatus()
			.isAccepted()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		milestone(eventId, body).expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(first.get("id"));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<ConsumerRecord<String, String>> published = TopicReader
				.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(Topics.ADVERSE_EVENTS_MILESTONES))
				.stream()
				.filter((r) -> eventId.equals(r.key()))
				.toList();
			assertThat(published).hasSize(1);
			assertThat(published.get(0).value()).contains("\"kind\":\"RCA_SCHEDULED\"")
				.contains("\"scheduledFor\":\"2026-12-01T19:00:00Z\"")
				.contains("org.peersupport.adverse-event.milestone.v1");
		});
	}

	@Test
	void anUnknownEventIsNotFoundAndBadFieldsAreNamed() {
		milestone(UUID.randomUUID().toString(), "{\"kind\":\"PEER_REVIEW\",\"scheduledFor\":\"2026-12-01T14:00:00Z\"}")
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		milestone("not-an-id", "{\"kind\":\"PEER_REVIEW\",\"scheduledFor\":\"2026-12-01T14:00:00Z\"}").expectStatus()
			.isNotFound();
		milestone(reportedEvent("milestone-2"), "{\"kind\":\"LUNCH\",\"scheduledFor\":\"tomorrow\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("kind")
			.jsonPath("$.errors[1].field")
			.isEqualTo("scheduledFor");
	}

	private String reportedEvent(String reportId) {
		String body = "{\"source\":\"rl6-test\",\"reportId\":\"" + reportId
				+ "\",\"occurredAt\":\"2026-11-20T03:10:00Z\","
				+ "\"harm\":\"SEVERE\",\"category\":\"MEDICATION\",\"unit\":\"ICU-3\","
				+ "\"involved\":[{\"staffId\":\"M-1\",\"role\":\"PRIMARY\"}]}";
		return String.valueOf(this.http.post()
			.uri("/api/v1/adverse-events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id"));
	}

	private WebTestClient.ResponseSpec milestone(String eventId, String body) {
		return this.http.post()
			.uri("/api/v1/adverse-events/{id}/milestones", eventId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

}
