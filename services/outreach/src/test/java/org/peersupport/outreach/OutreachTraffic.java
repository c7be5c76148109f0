package org.peersupport.outreach;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import org.peersupport.contracts.EventType;
import org.peersupport.contracts.Events;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.Actuality;
import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.InvolvedClinician;
import org.peersupport.contracts.events.InvolvementRole;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

/** Sends events to outreach's topics and reads what it publishes, on the real broker. */
public final class OutreachTraffic {

	private OutreachTraffic() {
	}

	public static <T> void send(EventType<T> type, String key, String subject, T data) {
		sendAll(type, java.util.Collections.singletonList(new String[] { key, subject }), (ids) -> data);
	}

	/**
	 * Sends one envelope twice, as a broker redelivers it (same envelope id): the inbox
	 * must handle it once.
	 */
	static <T> void sendRedelivered(EventType<T> type, String key, String subject, T data) {
		EventEnvelope envelope = EventEnvelope.wrap(type, "/test", subject, Instant.now(), data, EventJson.mapper());
		try (var producer = new KafkaProducer<>(
				Map.<String, Object>of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()),
				new StringSerializer(), new StringSerializer())) {
			String value = EventJson.mapper().writeValueAsString(envelope);
			for (int i = 0; i < 2; i++) {
				producer.send(new ProducerRecord<>(type.topic(), key, value)).get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Sends many events through one producer, each keyed and its subject by its key. */
	static <T> void sendAll(EventType<T> type, Map<String, T> byKey) {
		sendAll(type, byKey.keySet().stream().map((key) -> new String[] { key, key }).toList(),
				(ids) -> byKey.get(ids[0]));
	}

	/** Sends an event per key and subject pair, through one producer. */
	private static <T> void sendAll(EventType<T> type, List<String[]> keysAndSubjects,
			java.util.function.Function<String[], T> data) {
		try (var producer = new KafkaProducer<>(
				Map.<String, Object>of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()),
				new StringSerializer(), new StringSerializer())) {
			List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
			for (String[] ids : keysAndSubjects) {
				EventEnvelope envelope = EventEnvelope.wrap(type, "/test", ids[1], Instant.now(), data.apply(ids),
						EventJson.mapper());
				sent.add(producer
					.send(new ProducerRecord<>(type.topic(), ids[0], EventJson.mapper().writeValueAsString(envelope))));
			}
			for (java.util.concurrent.Future<?> future : sent) {
				future.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String report(Instant receivedAt, HarmLevel harm, EventCategory category, String facility,
			String... staffIds) {
		return report(receivedAt, harm, Actuality.ACTUAL, category, facility, staffIds);
	}

	public static String report(Instant receivedAt, HarmLevel harm, Actuality actuality, EventCategory category,
			String facility, String... staffIds) {
		String eventId = UUID.randomUUID().toString();
		List<InvolvedClinician> involved = Arrays.stream(staffIds)
			.map((id) -> new InvolvedClinician(id, InvolvementRole.PARTICIPANT))
			.toList();
		send(Events.ADVERSE_EVENT_REPORTED, eventId, eventId, new AdverseEventReported(eventId,
				receivedAt.minusSeconds(600), null, receivedAt, harm, actuality, category, facility, "ICU", involved));
		return eventId;
	}

	/** The records on a topic whose value mentions the text (a case id, a staff id). */
	public static List<ConsumerRecord<String, String>> published(String topic, String mentioning) {
		return TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(topic))
			.stream()
			.filter((r) -> r.value() != null && r.value().contains(mentioning))
			.toList();
	}

	public static <T> T data(ConsumerRecord<String, String> record, EventType<T> type) {
		EventEnvelope envelope = EventJson.mapper().readValue(record.value(), EventEnvelope.class);
		return envelope.dataAs(type, EventJson.mapper());
	}

}
