package org.peersupport.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.messaging.outbox.Outbox;
import org.peersupport.messaging.outbox.OutboxMetrics;
import org.peersupport.messaging.tracing.TraceParents;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The outbox on a real PostgreSQL and a real broker: every committed event arrives, no
 * other does.
 */
@SpringBootTest(classes = MessagingTestApplication.class, properties = { "spring.application.name=messagingtest",
		"peersupport.outbox.poll-interval=1ms", "management.tracing.sampling.probability=1.0" })
class OutboxIT {

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Tracer tracer;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("messagingtest").forEach((key, value) -> registry.add(key, () -> value));
	}

	/**
	 * Many writers commit in an order that differs from the order their rows were
	 * numbered, while the relay polls as fast as it can. Every committed event must still
	 * reach Kafka.
	 */
	@Test
	void everyCommittedEventArrivesWhenManyWritersRaceTheRelay() throws Exception {
		String key = "race-" + UUID.randomUUID();
		Set<String> published = ConcurrentHashMap.newKeySet();
		ExecutorService writers = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < 800; i++) {
				done.add(writers.submit(() -> this.transactions.executeWithoutResult((status) -> {
					published.add(publish(key).id());
					pause(ThreadLocalRandom.current().nextInt(3));
				})));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			writers.shutdown();
		}
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.jdbc.queryForObject("SELECT count(*) FROM outbox_message", Integer.class) == 0);
		assertThat(published).hasSize(800);
		assertThat(eventIdsOnTopic(key)).containsExactlyInAnyOrderElementsOf(published);
	}

	@Test
	void aRolledBackTransactionPublishesNothing() {
		String key = "rollback-" + UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> {
			publish(key);
			status.setRollbackOnly();
		});
		String committed = this.transactions.execute((status) -> publish(key).id());
		await().atMost(Duration.ofSeconds(30)).until(() -> eventIdsOnTopic(key).contains(committed));
		assertThat(eventIdsOnTopic(key)).containsExactly(committed);
	}

	@Test
	void eventsOfOneKeyArriveInCommitOrder() {
		String key = "order-" + UUID.randomUUID();
		List<String> order = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			order.add(this.transactions.execute((status) -> publish(key).id()));
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> eventIdsOnTopic(key).size() == 30);
		assertThat(eventIdsOnTopic(key)).containsExactlyElementsOf(order);
	}

	@Test
	void publishingOutsideATransactionIsRefused() {
		assertThatExceptionOfType(IllegalTransactionStateException.class).isThrownBy(() -> publish("none"));
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.outbox.tombstone(Events.STAFF_DIRECTORY_ENTRY, "none"));
	}

	/**
	 * A leaver's directory entry is forgotten: the tombstone follows the entry, with no
	 * value.
	 */
	@Test
	void aTombstoneArrivesAfterTheKeysLastEventWithNoValue() {
		String key = "tombstone-" + UUID.randomUUID();
		String entry = this.transactions.execute((status) -> publish(key).id());
		this.transactions.executeWithoutResult((status) -> this.outbox.tombstone(Events.STAFF_DIRECTORY_ENTRY, key));

		await().atMost(Duration.ofSeconds(30)).until(() -> recordsOf(key).size() == 2);
		List<ConsumerRecord<String, String>> records = recordsOf(key);
		assertThat(EventJson.mapper().readValue(records.get(0).value(), EventEnvelope.class).id()).isEqualTo(entry);
		assertThat(records.get(1).value()).isNull();
		assertThat(records.get(1).headers().lastHeader("content-type")).isNull();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE message_key = ?", Integer.class,
				key))
			.isZero();
	}

	/**
	 * The relay sends a row long after its writer finished, from its own poll: the record
	 * still carries the writer's trace context, so the consumer continues that trace.
	 */
	@Test
	void theRelaySendsAnEventInTheTraceOfTheCodeThatWroteIt() {
		String key = "traced-" + UUID.randomUUID();
		Span writer = this.tracer.nextSpan().name("writer").start();
		try (Tracer.SpanInScope scope = this.tracer.withSpan(writer)) {
			this.transactions.executeWithoutResult((status) -> publish(key));
		}
		finally {
			writer.end();
		}
		String untraced = "untraced-" + UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> publish(untraced));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> recordsOf(key).size() == 1 && recordsOf(untraced).size() == 1);
		Header traceParent = recordsOf(key).get(0).headers().lastHeader(TraceParents.HEADER);
		assertThat(traceParent).isNotNull();
		assertThat(new String(traceParent.value(), java.nio.charset.StandardCharsets.UTF_8))
			.isEqualTo("00-" + writer.context().traceId() + "-" + writer.context().spanId() + "-01");
		assertThat(recordsOf(untraced).get(0).headers().lastHeader(TraceParents.HEADER)).isNull();
	}

	/**
	 * The backlog gauges see a row that waits (here: one not yet committed, read on its
	 * own transaction's connection) and its age on the service's clock.
	 */
	@Test
	void theBacklogGaugesCountWaitingRowsAndTheOldestOnesAge() {
		MeterRegistry meters = new SimpleMeterRegistry();
		new OutboxMetrics(this.jdbc, java.time.Clock.offset(java.time.Clock.systemUTC(), Duration.ofSeconds(90)),
				Duration.ZERO)
			.bindTo(meters);
		this.transactions.executeWithoutResult((status) -> {
			publish("waiting-" + UUID.randomUUID());
			assertThat(meters.get(OutboxMetrics.BACKLOG).gauge().value()).isGreaterThanOrEqualTo(1);
			assertThat(meters.get(OutboxMetrics.OLDEST_AGE).gauge().value()).isBetween(89.0, 3600.0);
			status.setRollbackOnly();
		});
	}

	private EventEnvelope publish(String key) {
		return this.outbox.publish(Events.STAFF_DIRECTORY_ENTRY, key, key, new StaffDirectoryEntry(key, "Test", null,
				null, null, null, false, false, null, true, 0, Instant.now()));
	}

	private static List<ConsumerRecord<String, String>> recordsOf(String key) {
		return TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(Topics.STAFF_DIRECTORY))
			.stream()
			.filter((record) -> key.equals(record.key()))
			.toList();
	}

	private static List<String> eventIdsOnTopic(String key) {
		List<String> ids = new ArrayList<>();
		for (ConsumerRecord<String, String> record : TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(),
				List.of(Topics.STAFF_DIRECTORY))) {
			if (key.equals(record.key())) {
				ids.add(org.peersupport.contracts.envelope.EventJson.mapper()
					.readValue(record.value(), EventEnvelope.class)
					.id());
			}
		}
		return ids;
	}

	private static void pause(int millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
