package org.peersupport.outreach;

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
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.Actuality;
import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.contracts.events.AssignmentUnmatched;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.InvolvedClinician;
import org.peersupport.contracts.events.InvolvementRole;
import org.peersupport.contracts.events.UnmatchedReason;
import org.peersupport.outreach.outreachcase.CaseStatus;
import org.peersupport.outreach.outreachcase.OutreachCaseQueries;
import org.peersupport.outreach.outreachcase.OutreachCaseView;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Outreach against a real broker and database: idempotent, coalescing, and poison-proof.
 */
@SpringBootTest
class OutreachIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	OutreachCaseQueries queries;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("outreach").forEach((key, value) -> registry.add(key, () -> value));
		// A group of its own, so earlier runs' committed offsets never hide records; the
		// supplier is
		// called on every lookup, so the name is fixed once here.
		String group = "outreach-it-" + UUID.randomUUID();
		registry.add("spring.kafka.consumer.group-id", () -> group);
		// No quiet hours, so a moderate report is offered at once whatever the time of
		// day.
		registry.add("peersupport.outreach.default-policy", () -> "classpath:outreach/open-all-hours-policy.json");
	}

	@Test
	void oneCasePerInvolvedClinicianAndARedeliveredEventChangesNothing() throws Exception {
		String eventId = UUID.randomUUID().toString();
		EventEnvelope envelope = reported(eventId, "O-1", "O-2");
		send(Topics.ADVERSE_EVENTS_REPORTED, eventId, envelope);
		send(Topics.ADVERSE_EVENTS_REPORTED, eventId, envelope);
		await().atMost(PATIENCE).until(() -> caseOf("O-1") != null && caseOf("O-2") != null);
		await().during(Duration.ofSeconds(1)).atMost(PATIENCE).untilAsserted(() -> {
			assertThat(this.queries.forClinician("O-1")).hasSize(1);
			assertThat(dueFor("O-1")).hasSize(1);
		});
		OutreachCaseView first = caseOf("O-1");
		assertThat(first.status()).isEqualTo(CaseStatus.SCHEDULED);
		assertThat(first.eventIds()).containsExactly(eventId);
		String due = dueFor("O-1").get(0).value();
		assertThat(due).contains("\"coInvolvedStaffIds\":[\"O-2\"]")
			.contains("org.peersupport.outreach.due.v1")
			.contains("\"source\":\"INCIDENT\"");
		assertThat(first.source()).isEqualTo(CaseSource.INCIDENT);
	}

	@Test
	void threeEventsForOneClinicianCoalesceIntoOneCase() throws Exception {
		List<String> events = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
				UUID.randomUUID().toString());
		for (String eventId : events) {
			send(Topics.ADVERSE_EVENTS_REPORTED, eventId, reported(eventId, "O-3"));
		}
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(this.queries.forClinician("O-3")).hasSize(1);
			assertThat(caseOf("O-3").eventIds()).containsExactlyInAnyOrderElementsOf(events);
		});
	}

	@Test
	void anUnmatchedCaseNeedsAttentionAndIsEscalated() throws Exception {
		String eventId = UUID.randomUUID().toString();
		send(Topics.ADVERSE_EVENTS_REPORTED, eventId, reported(eventId, "O-4"));
		await().atMost(PATIENCE).until(() -> caseOf("O-4") != null);
		String caseId = caseOf("O-4").id();
		send(Topics.ASSIGNMENTS_UNMATCHED, "O-4",
				EventEnvelope.wrap(Events.ASSIGNMENT_UNMATCHED, "/test", caseId, Instant.now(),
						new AssignmentUnmatched(caseId, "O-4", UnmatchedReason.UNKNOWN_STAFF, Instant.now()),
						EventJson.mapper()));
		await().atMost(PATIENCE).until(() -> caseOf("O-4").status() == CaseStatus.NEEDS_ATTENTION);
		assertThat(caseOf("O-4").attentionReason()).isEqualTo("UNKNOWN_STAFF");
		assertThat(this.queries.forProgram(null, CaseStatus.NEEDS_ATTENTION, (facility) -> true))
			.extracting(OutreachCaseView::id)
			.contains(caseId);
		await().atMost(PATIENCE)
			.until(() -> records(Topics.OUTREACH_ESCALATED).stream().anyMatch((r) -> r.value().contains(caseId)));
	}

	@Test
	void poisonGoesToTheDeadLetterTopicWithAReasonAndGoodRecordsKeepFlowing() throws Exception {
		String key = "poison-" + UUID.randomUUID();
		try (var producer = producer()) {
			producer.send(new ProducerRecord<>(Topics.ADVERSE_EVENTS_REPORTED, key, "{\"specversion\":")).get();
			producer.send(new ProducerRecord<>(Topics.ADVERSE_EVENTS_REPORTED, key,
					EventJson.mapper()
						.writeValueAsString(EventEnvelope.wrap(Events.ASSIGNMENT_UNMATCHED, "/test", "x", Instant.now(),
								new AssignmentUnmatched("x", "y", UnmatchedReason.UNKNOWN_STAFF, Instant.now()),
								EventJson.mapper()))))
				.get();
		}
		String eventId = UUID.randomUUID().toString();
		send(Topics.ADVERSE_EVENTS_REPORTED, eventId, reported(eventId, "O-5"));
		await().atMost(PATIENCE).until(() -> caseOf("O-5") != null);
		await().atMost(PATIENCE).untilAsserted(() -> {
			List<ConsumerRecord<String, String>> dead = records(deadLetterTopic()).stream()
				.filter((r) -> key.equals(r.key()))
				.toList();
			assertThat(dead).hasSize(2);
			assertThat(reason(dead.get(0))).contains("not a readable org.peersupport.adverse-event.reported.v1");
			assertThat(reason(dead.get(1))).contains("unexpected type 'org.peersupport.assignment.unmatched.v1'");
		});
	}

	@Autowired
	org.springframework.core.env.Environment environment;

	private String deadLetterTopic() {
		return Topics.deadLetterTopic(this.environment.getRequiredProperty("spring.kafka.consumer.group-id"));
	}

	private static String reason(ConsumerRecord<String, String> record) {
		return new String(record.headers().lastHeader("peersupport-dlq-reason").value(), StandardCharsets.UTF_8);
	}

	private OutreachCaseView caseOf(String staffId) {
		List<OutreachCaseView> cases = this.queries.forClinician(staffId);
		return cases.isEmpty() ? null : cases.get(0);
	}

	private static List<ConsumerRecord<String, String>> dueFor(String staffId) {
		return records(Topics.OUTREACH_DUE).stream().filter((r) -> staffId.equals(r.key())).toList();
	}

	private static List<ConsumerRecord<String, String>> records(String topic) {
		return TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(topic));
	}

	private static EventEnvelope reported(String eventId, String... staffIds) {
		List<InvolvedClinician> involved = java.util.Arrays.stream(staffIds)
			.map((id) -> new InvolvedClinician(id, InvolvementRole.PARTICIPANT))
			.toList();
		Instant now = Instant.now();
		return EventEnvelope.wrap(Events.ADVERSE_EVENT_REPORTED, "/test", eventId, now,
				new AdverseEventReported(eventId, now.minusSeconds(3600), null, now, HarmLevel.MODERATE,
						Actuality.ACTUAL, null, "MAIN", "ICU", involved),
				EventJson.mapper());
	}

	private static void send(String topic, String key, EventEnvelope envelope) throws Exception {
		try (var producer = producer()) {
			producer.send(new ProducerRecord<>(topic, key, EventJson.mapper().writeValueAsString(envelope))).get();
		}
	}

	private static KafkaProducer<String, String> producer() {
		return new KafkaProducer<>(Map.of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()),
				new StringSerializer(), new StringSerializer());
	}

}
