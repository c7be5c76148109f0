package org.peersupport.referral;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.contracts.events.NeedCode;
import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

/** Check-ins onto the real broker, and whole topics read back. */
public final class CheckinFeed {

	private CheckinFeed() {
	}

	public static CheckinCompleted checkin(String staffId, String facility, boolean consent, boolean crisis,
			ReferralKind... kinds) {
		return new CheckinCompleted("CHK-" + UUID.randomUUID(), "CASE-" + UUID.randomUUID(), "OFFER-1", staffId,
				"SUP-1", null, ContactOutcome.REACHED, List.of(NeedCode.SLEEP), List.of(kinds), consent, crisis, false,
				facility, Instant.now());
	}

	public static EventEnvelope envelope(CheckinCompleted checkin) {
		return EventEnvelope.wrap(Events.CHECKIN_COMPLETED, "/test", checkin.checkinId(), Instant.now(), checkin,
				EventJson.mapper());
	}

	public static void send(EventEnvelope envelope) throws Exception {
		CheckinCompleted checkin = envelope.dataAs(Events.CHECKIN_COMPLETED, EventJson.mapper());
		sendRaw(checkin.staffId(), EventJson.mapper().writeValueAsString(envelope));
	}

	public static void sendRaw(String key, String value) throws Exception {
		sendTo(Events.CHECKIN_COMPLETED.topic(), key, value);
	}

	public static void sendTo(String topic, String key, String value) throws Exception {
		try (var producer = new KafkaProducer<>(
				Map.<String, Object>of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>(topic, key, value)).get();
		}
	}

	/**
	 * Whether a consumer group has processed every check-in on the topic so far: it
	 * commits after each batch, so a committed end offset means handled.
	 */
	public static boolean caughtUp(String consumerGroup) throws Exception {
		try (Admin admin = Admin
			.create(Map.<String, Object>of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()))) {
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(consumerGroup)
				.partitionsToOffsetAndMetadata()
				.get();
			Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
			admin.describeTopics(List.of(Events.CHECKIN_COMPLETED.topic()))
				.allTopicNames()
				.get()
				.get(Events.CHECKIN_COMPLETED.topic())
				.partitions()
				.forEach((partition) -> ends.put(
						new TopicPartition(Events.CHECKIN_COMPLETED.topic(), partition.partition()),
						OffsetSpec.latest()));
			return admin.listOffsets(ends).all().get().entrySet().stream().allMatch((end) -> {
				OffsetAndMetadata done = committed.get(end.getKey());
				return end.getValue().offset() == 0 || (done != null && done.offset() >= end.getValue().offset());
			});
		}
	}

	/** Every record on the topic whose key is this clinician. */
	public static List<ConsumerRecord<String, String>> recordsFor(String topic, String staffId) {
		return TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(topic))
			.stream()
			.filter((record) -> staffId.equals(record.key()))
			.toList();
	}

}
