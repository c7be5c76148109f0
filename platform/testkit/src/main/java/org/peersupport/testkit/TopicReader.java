package org.peersupport.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads whole topics from the beginning, for tests that must see every record ever
 * written.
 */
public final class TopicReader {

	private TopicReader() {
	}

	/**
	 * Every record currently in the topics, read up to the end offsets taken at the
	 * start.
	 */
	public static List<ConsumerRecord<String, String>> readAll(String bootstrapServers, Collection<String> topics) {
		return read(bootstrapServers, topics, new StringDeserializer());
	}

	/**
	 * Every record currently in the topics with its value as the bytes on the broker, for
	 * tests that prove what a record does not carry (a name or address in plain text).
	 */
	public static List<ConsumerRecord<String, byte[]>> readAllBytes(String bootstrapServers,
			Collection<String> topics) {
		return read(bootstrapServers, topics, new ByteArrayDeserializer());
	}

	private static <V> List<ConsumerRecord<String, V>> read(String bootstrapServers, Collection<String> topics,
			Deserializer<V> values) {
		Properties props = new Properties();
		props.put("bootstrap.servers", bootstrapServers);
		props.put("group.id", "topic-reader-" + UUID.randomUUID());
		props.put("enable.auto.commit", "false");
		List<ConsumerRecord<String, V>> records = new ArrayList<>();
		try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), values)) {
			List<TopicPartition> partitions = new ArrayList<>();
			Map<String, List<PartitionInfo>> existing = consumer.listTopics();
			for (String topic : topics) {
				for (PartitionInfo info : existing.getOrDefault(topic, List.of())) {
					partitions.add(new TopicPartition(topic, info.partition()));
				}
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (!reached(consumer, end) && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
		}
		return records;
	}

	public static List<String> allTopics(String bootstrapServers) {
		Properties props = new Properties();
		props.put("bootstrap.servers", bootstrapServers);
		try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
			return new ArrayList<>(consumer.listTopics().keySet());
		}
	}

	private static boolean reached(KafkaConsumer<String, ?> consumer, Map<TopicPartition, Long> end) {
		for (Map.Entry<TopicPartition, Long> entry : end.entrySet()) {
			if (consumer.position(entry.getKey()) < entry.getValue()) {
				return false;
			}
		}
		return true;
	}

}
