package org.peersupport.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.messaging.tracing.TraceParents;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends committed outbox rows to Kafka in commit order and deletes them once Kafka
 * acknowledged them. A crash between send and delete means a resend: consumers are
 * idempotent, so that is safe. An advisory lock lets exactly one relay per service schema
 * run at a time, which keeps the per-key order even when several instances of a service
 * run.
 */
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final KafkaTemplate<String, String> kafka;

	private final int batchSize;

	public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
			int batchSize) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.kafka = kafka;
		this.batchSize = batchSize;
	}

	@Scheduled(fixedDelayString = "${peersupport.outbox.poll-interval:50ms}")
	public void relayPending() {
		try {
			Integer sent;
			do {
				sent = this.transactions.execute((status) -> relayBatch());
			}
			while (sent != null && sent == this.batchSize);
		}
		catch (RuntimeException ex) {
			// Kafka unreachable or slow: the rows stay and the next poll retries them in
			// order.
			log.warn("Outbox relay will retry: {}", ex.getMessage());
		}
	}

	/**
	 * Relays one batch inside the caller's transaction and returns how many rows it sent.
	 */
	int relayBatch() {
		Boolean locked = this.jdbc.queryForObject(
				"SELECT pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox_relay'))", Boolean.class);
		if (!Boolean.TRUE.equals(locked)) {
			return 0;
		}
		List<PendingMessage> pending = this.jdbc.query(
				"SELECT seq, topic, message_key, envelope, traceparent FROM outbox_message ORDER BY seq LIMIT ? FOR UPDATE",
				(rs, row) -> new PendingMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5)),
				this.batchSize);
		if (pending.isEmpty()) {
			return 0;
		}
		List<CompletableFuture<?>> acknowledgements = new ArrayList<>();
		for (PendingMessage message : pending) {
			acknowledgements.add(this.kafka.send(message.toRecord()));
		}
		try {
			CompletableFuture.allOf(acknowledgements.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Kafka did not acknowledge the outbox batch", ex);
		}
		// Delete exactly the rows that were sent. Sequence numbers are handed out at
		// insert but rows
		// become visible at commit, so a lower seq can appear after a higher one was
		// read: a range
		// delete would remove an event that was never sent.
		Long[] sent = pending.stream().map(PendingMessage::seq).toArray(Long[]::new);
		this.jdbc.update((connection) -> {
			var delete = connection.prepareStatement("DELETE FROM outbox_message WHERE seq = ANY (?)");
			delete.setArray(1, connection.createArrayOf("bigint", sent));
			return delete;
		});
		return pending.size();
	}

	private record PendingMessage(long seq, String topic, String key, String envelope, String traceParent) {

		ProducerRecord<String, String> toRecord() {
			ProducerRecord<String, String> record = new ProducerRecord<>(this.topic, this.key, this.envelope);
			if (this.traceParent != null) {
				// The writer's context, not the relay's: the consumer's span continues
				// the
				// trace of the request or record that caused the event.
				record.headers().add(TraceParents.HEADER, this.traceParent.getBytes(StandardCharsets.UTF_8));
			}
			if (this.envelope == null) {
				// A tombstone (Outbox.tombstone): no value, so no content type either.
				return record;
			}
			record.headers().add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
			return record;
		}

	}

}
