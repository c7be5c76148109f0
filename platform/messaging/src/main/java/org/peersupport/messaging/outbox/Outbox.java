package org.peersupport.messaging.outbox;

import java.time.Clock;
import java.time.Instant;

import tools.jackson.databind.json.JsonMapper;

import org.peersupport.contracts.EventType;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;

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

	private final JsonMapper json = EventJson.mapper();

	public Outbox(JdbcTemplate jdbc, Clock clock, String serviceName) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.source = "/peersupport/" + serviceName;
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
				"INSERT INTO outbox_message (event_id, topic, message_key, envelope, created_at) VALUES (?::uuid, ?, ?, ?, ?)",
				envelope.id(), type.topic(), key, this.json.writeValueAsString(envelope), java.sql.Timestamp.from(now));
		return envelope;
	}

}
