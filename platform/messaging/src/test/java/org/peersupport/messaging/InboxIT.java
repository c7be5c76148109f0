package org.peersupport.messaging;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.messaging.inbox.EventInbox;
import org.peersupport.messaging.inbox.PoisonMessageException;
import org.peersupport.messaging.inbox.ProcessedEventPruning;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The receiving side: each event applied once per consumer, poison recognised, old ids
 * forgotten.
 */
@SpringBootTest(classes = MessagingTestApplication.class, properties = "spring.application.name=inboxtest")
class InboxIT {

	@Autowired
	EventInbox inbox;

	@Autowired
	ProcessedEventPruning pruning;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("inboxtest").forEach((key, value) -> registry.add(key, () -> value));
	}

	@Test
	void aRedeliveredEventIsAppliedOncePerConsumer() {
		ConsumerRecord<String, String> record = record(envelope());
		List<String> applied = new ArrayList<>();
		assertThat(this.inbox.receive("a", record, Events.STAFF_DIRECTORY_ENTRY, (e) -> applied.add("a"))).isTrue();
		assertThat(this.inbox.receive("a", record, Events.STAFF_DIRECTORY_ENTRY, (e) -> applied.add("a"))).isFalse();
		assertThat(this.inbox.receive("b", record, Events.STAFF_DIRECTORY_ENTRY, (e) -> applied.add("b"))).isTrue();
		assertThat(applied).containsExactly("a", "b");
	}

	@Test
	void aFailingHandlerLeavesTheEventUnprocessedSoARetryAppliesIt() {
		ConsumerRecord<String, String> record = record(envelope());
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.inbox.receive("c", record, Events.STAFF_DIRECTORY_ENTRY, (e) -> {
				throw new IllegalStateException("database hiccup");
			}));
		assertThat(this.inbox.receive("c", record, Events.STAFF_DIRECTORY_ENTRY, (e) -> {
		})).isTrue();
	}

	@Test
	void unreadableOrMistypedRecordsArePoison() {
		assertThatExceptionOfType(PoisonMessageException.class).isThrownBy(() -> this.inbox.receive("d",
				new ConsumerRecord<>("t", 0, 0, "k", "{oops"), Events.OUTREACH_DUE, (e) -> {
				}));
		assertThatExceptionOfType(PoisonMessageException.class)
			.isThrownBy(() -> this.inbox.receive("d", record(envelope()), Events.OUTREACH_DUE, (e) -> {
			}))
			.withMessageContaining("unexpected type");
	}

	@Test
	void processedIdsOlderThanTheRetentionAreForgottenAndRecentOnesKept() {
		String old = "old-" + UUID.randomUUID();
		String recent = "recent-" + UUID.randomUUID();
		this.jdbc.update("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES ('e', ?, ?)", old,
				Timestamp.from(Instant.now().minus(Duration.ofDays(31))));
		this.jdbc.update("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES ('e', ?, ?)", recent,
				Timestamp.from(Instant.now().minus(Duration.ofDays(29))));
		assertThat(this.pruning.prune()).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.queryForList("SELECT event_id FROM processed_event WHERE consumer = 'e'", String.class))
			.contains(recent)
			.doesNotContain(old);
	}

	private static EventEnvelope envelope() {
		return EventEnvelope.wrap(Events.STAFF_DIRECTORY_ENTRY, "/test", "s", Instant.now(), new StaffDirectoryEntry(
				"S-1", "Name", null, null, null, null, false, false, null, true, 0, Instant.now()), EventJson.mapper());
	}

	private static ConsumerRecord<String, String> record(EventEnvelope envelope) {
		return new ConsumerRecord<>(Topics.STAFF_DIRECTORY, 0, 0, "S-1",
				EventJson.mapper().writeValueAsString(envelope));
	}

}
