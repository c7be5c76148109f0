package org.peersupport.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Topics;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topics a service creates keep staff ids no longer than the platform's retention, on
 * a real broker: read back from the broker's own topic configuration.
 */
@SpringBootTest(classes = MessagingTestApplication.class, properties = { "spring.application.name=retentiontest",
		"peersupport.kafka.retention=P3D", "spring.kafka.consumer.group-id=retentiontest" })
class TopicRetentionIT {

	private static final String THREE_DAYS = String.valueOf(Duration.ofDays(3).toMillis());

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("retentiontest").forEach((key, value) -> registry.add(key, () -> value));
	}

	@Test
	void everyTopicAndTheDeadLetterTopicDeleteRecordsAfterTheRetention() throws Exception {
		for (String topic : List.of(Topics.OUTREACH_DUE, Topics.CHECKINS_COMPLETED,
				Topics.deadLetterTopic("retentiontest"))) {
			Config config = config(topic);
			assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).as(topic).isEqualTo("delete");
			assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).as(topic).isEqualTo(THREE_DAYS);
			// A segment spans a seventh of the retention, so no record outlives it by
			// more.
			assertThat(config.get(TopicConfig.SEGMENT_MS_CONFIG).value()).as(topic)
				.isEqualTo(String.valueOf(Duration.ofDays(3).dividedBy(7).toMillis()));
		}
	}

	@Test
	void theDirectoryCompactsASupersededEntryWithinTheRetention() throws Exception {
		Config config = config(Topics.STAFF_DIRECTORY);
		assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
		assertThat(config.get(TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG).value()).isEqualTo(THREE_DAYS);
		assertThat(config.get(TopicConfig.SEGMENT_MS_CONFIG).value())
			.isEqualTo(String.valueOf(Duration.ofDays(3).dividedBy(7).toMillis()));
		assertThat(config.get(TopicConfig.DELETE_RETENTION_MS_CONFIG).value())
			.isEqualTo(String.valueOf(Duration.ofDays(1).toMillis()));
	}

	private static Config config(String topic) throws Exception {
		try (Admin admin = Admin.create(
				Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers()))) {
			ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
			return admin.describeConfigs(List.of(resource)).all().get().get(resource);
		}
	}

}
