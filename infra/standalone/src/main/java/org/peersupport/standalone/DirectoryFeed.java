package org.peersupport.standalone;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.peersupport.contracts.Topics;
import org.peersupport.identity.InMemoryDemoDirectory;

/**
 * Lets everyone in the imported roster sign in to the demo identity provider: reads the
 * compacted staff directory topic from its start, as any consumer of the directory would,
 * and adds each staff id it announces.
 */
final class DirectoryFeed implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	private final Thread reader;

	private DirectoryFeed(String bootstrapServers, InMemoryDemoDirectory directory) {
		// A group of its own each start: the compacted topic is read from its start every
		// time, so nobody who is in the directory is missing after a restart.
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"standalone-identity-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
				new StringDeserializer(), new StringDeserializer());
		this.reader = new Thread(() -> read(directory), "demo-identity-directory");
		this.reader.setDaemon(true);
	}

	static DirectoryFeed start(String bootstrapServers, InMemoryDemoDirectory directory) {
		DirectoryFeed feed = new DirectoryFeed(bootstrapServers, directory);
		feed.reader.start();
		return feed;
	}

	private void read(InMemoryDemoDirectory directory) {
		try {
			this.consumer.subscribe(List.of(Topics.STAFF_DIRECTORY));
			while (!Thread.currentThread().isInterrupted()) {
				for (ConsumerRecord<String, String> record : this.consumer.poll(Duration.ofSeconds(1))) {
					// The key is the staff id; a tombstone (someone who left or was
					// erased) takes them out.
					if (record.value() != null) {
						directory.add(record.key());
					}
					else {
						directory.remove(record.key());
					}
				}
			}
		}
		catch (WakeupException ex) {
			// closing
		}
		finally {
			this.consumer.close(Duration.ofSeconds(2));
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.consumer.wakeup();
		this.reader.join(5000);
	}

}
