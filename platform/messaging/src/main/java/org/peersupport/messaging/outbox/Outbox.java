package org.peersupport.messaging.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.peersupport.contracts.EventType;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.messaging.tracing.TraceParents;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an event in the same transaction as the state change it announces. The relay
 * sends it to Kafka after the commit; if the transaction rolls back, the event never
 * existed.
 */
public class Outbox {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final String source;

	private final TraceParents traceParents;

	private final JsonMapper json = EventJson.mapper();

	public Outbox(JdbcTemplate jdbc, Clock clock, String serviceName) {
		this(jdbc, clock, serviceName, TraceParents.none());
	}

	/**
	 * @param traceParents the writer's trace context, stored with each row so the relay
	 * publishes the event in the writer's trace, not in its own
	 */
	public Outbox(JdbcTemplate jdbc, Clock clock, String serviceName, TraceParents traceParents) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.source = "/peersupport/" + serviceName;
		this.traceParents = traceParents;
	}

	/**
	 * Appends an event to the outbox. Must run inside the caller's transaction: an event
	 * published without its state change is exactly the bug the outbox exists to prevent.
	 * @param type the wire type
	 * @param key the Kafka key whose order matters
	 * @param subject the entity the event is about
	 * @param data the event's data
	 * @return the envelope that will be sent
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <T> EventEnvelope publish(EventType<T> type, String key, String subject, T data) {
		Instant now = this.clock.instant();
		EventEnvelope envelope = EventEnvelope.wrap(type, this.source, subject, now, data, this.json);
		this.jdbc.update(
				"INSERT INTO outbox_message (event_id, topic, message_key, envelope, created_at, traceparent) VALUES (?::uuid, ?, ?, ?, ?, ?)",
				envelope.id(), type.topic(), key, this.json.writeValueAsString(envelope), java.sql.Timestamp.from(now),
				this.traceParents.current());
		return envelope;
	}

	/**
	 * Appends a tombstone: a record with the key and no value, which a compacted topic
	 * keeps until compaction has removed every earlier record of that key, and then
	 * removes too. Consumers see a null value and forget the key. Like {@link #publish},
	 * it commits with the caller's state change and keeps the key's order.
	 * @param type the wire type whose (compacted) topic forgets the key
	 * @param key the key to forget
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void tombstone(EventType<?> type, String key) {
		this.jdbc.update(
				"INSERT INTO outbox_message (event_id, topic, message_key, envelope, created_at, traceparent) VALUES (?, ?, ?, NULL, ?, ?)",
				UUID.randomUUID(), type.topic(), key, java.sql.Timestamp.from(this.clock.instant()),
				this.traceParents.current());
	}

}
