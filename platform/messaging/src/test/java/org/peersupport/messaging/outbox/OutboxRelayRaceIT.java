package org.peersupport.messaging.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.messaging.MessagingTestApplication;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays, step by step, the interleaving that loses events in a naive outbox: a row
 * numbered earlier commits while the relay is sending rows numbered later. The relay must
 * not delete it.
 */
@SpringBootTest(classes = MessagingTestApplication.class,
		properties = { "spring.application.name=messagingrace", "peersupport.outbox.poll-interval=1h" })
class OutboxRelayRaceIT {

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProducerFactory<String, String> producers;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("messagingrace").forEach((key, value) -> registry.add(key, () -> value));
	}

	@Test
	void aRowThatCommitsWhileTheRelayIsSendingIsKeptForTheNextBatch() throws Exception {
		CountDownLatch inserted = new CountDownLatch(1);
		CountDownLatch mayCommit = new CountDownLatch(1);
		CountDownLatch committed = new CountDownLatch(1);
		String[] earlier = new String[1];
		Thread slowWriter = new Thread(() -> {
			this.transactions.executeWithoutResult((status) -> {
				earlier[0] = publish("slow").id();
				inserted.countDown();
				await(mayCommit);
			});
			committed.countDown();
		});
		slowWriter.start();
		await(inserted);
		String later = this.transactions.execute((status) -> publish("fast").id());

		KafkaTemplate<String, String> kafka = new KafkaTemplate<>(this.producers);
		kafka.setProducerInterceptor(new CommitWhileSending(mayCommit, committed));
		OutboxRelay relay = new OutboxRelay(this.jdbc, this.transactions, kafka, 10);

		assertThat(relayOnce(relay)).isEqualTo(1);
		assertThat(ids()).containsExactly(earlier[0]);
		assertThat(relayOnce(relay)).isEqualTo(1);
		assertThat(ids()).isEmpty();
		assertThat(later).isNotEqualTo(earlier[0]);
		slowWriter.join();
	}

	private int relayOnce(OutboxRelay relay) {
		Integer sent = this.transactions.execute((status) -> relay.relayBatch());
		return (sent != null) ? sent : -1;
	}

	private java.util.List<String> ids() {
		return this.jdbc.queryForList("SELECT event_id::text FROM outbox_message ORDER BY seq", String.class);
	}

	private org.peersupport.contracts.envelope.EventEnvelope publish(String key) {
		return this.outbox.publish(Events.STAFF_DIRECTORY_ENTRY, key + UUID.randomUUID(), key, new StaffDirectoryEntry(
				key, "Test", null, null, null, null, false, false, null, true, 0, Instant.now()));
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Lets the slow writer commit after the relay has read its batch and before it
	 * deletes it.
	 */
	private static final class CommitWhileSending implements ProducerInterceptor<String, String> {

		private final CountDownLatch mayCommit;

		private final CountDownLatch committed;

		private final AtomicBoolean first = new AtomicBoolean(true);

		CommitWhileSending(CountDownLatch mayCommit, CountDownLatch committed) {
			this.mayCommit = mayCommit;
			this.committed = committed;
		}

		@Override
		public ProducerRecord<String, String> onSend(ProducerRecord<String, String> record) {
			if (this.first.getAndSet(false)) {
				this.mayCommit.countDown();
				await(this.committed);
			}
			return record;
		}

		@Override
		public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
		}

		@Override
		public void close() {
		}

		@Override
		public void configure(Map<String, ?> configs) {
		}

	}

}
