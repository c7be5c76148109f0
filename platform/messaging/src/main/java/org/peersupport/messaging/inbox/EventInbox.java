package org.peersupport.messaging.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.peersupport.contracts.EventType;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idempotent receiving side. A handler runs at most once per CloudEvent id and
 * consumer: the id is recorded in the same transaction as the handler's own writes, so a
 * redelivery after a rebalance or a crash finds it and does nothing.
 */
public class EventInbox {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final JsonMapper json = EventJson.mapper();

	public EventInbox(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Parses the record as the expected type and applies the handler unless this consumer
	 * has seen the event before.
	 * @return whether the handler ran
	 * @throws PoisonMessageException when the record is not a valid event of the expected
	 * type
	 */
	@Transactional
	public <T> boolean receive(String consumer, ConsumerRecord<String, String> record, EventType<T> type,
			Consumer<ReceivedEvent<T>> handler) {
		ReceivedEvent<T> event = parse(record, type);
		int inserted = this.jdbc.update(
				"INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
				consumer, event.envelope().id(), Timestamp.from(this.clock.instant()));
		if (inserted == 0) {
			return false;
		}
		handler.accept(event);
		return true;
	}

	<T> ReceivedEvent<T> parse(ConsumerRecord<String, String> record, EventType<T> type) {
		if (record.value() == null) {
			throw new PoisonMessageException("empty record on " + record.topic(), null);
		}
		try {
			EventEnvelope envelope = this.json.readValue(record.value(), EventEnvelope.class);
			if (envelope.id() == null || envelope.data() == null) {
				throw new PoisonMessageException("envelope without id or data on " + record.topic(), null);
			}
			if (!type.type().equals(envelope.type())) {
				throw new PoisonMessageException(
						"unexpected type '" + envelope.type() + "' on " + record.topic() + ", expected " + type.type(),
						null);
			}
			return new ReceivedEvent<>(envelope, envelope.dataAs(type, this.json));
		}
		catch (JacksonException ex) {
			throw new PoisonMessageException("not a readable " + type.type() + ": " + ex.getOriginalMessage(), ex);
		}
	}

}
