package org.peersupport.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.peersupport.contracts.Topics;
import org.peersupport.messaging.deadletter.DeadLetters;
import org.peersupport.messaging.inbox.EventInbox;
import org.peersupport.messaging.inbox.ProcessedEventPruning;
import org.peersupport.messaging.outbox.Outbox;
import org.peersupport.messaging.outbox.OutboxMetrics;
import org.peersupport.messaging.outbox.OutboxRelay;
import org.peersupport.messaging.tracing.TraceParents;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the outbox, its relay, the idempotent inbox, dead letters and topic creation. */
@AutoConfiguration(afterName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration" })
@EnableScheduling
public class MessagingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * The outbox stores the writer's trace context with each row when Micrometer Tracing
	 * runs (docs/observability.md, "Traces").
	 */
	@Bean
	Outbox outbox(JdbcTemplate jdbc, Clock clock, @Value("${spring.application.name}") String serviceName,
			ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		return new Outbox(jdbc, clock, serviceName, TraceParents.of(tracer, propagator));
	}

	@Bean
	OutboxMetrics outboxMetrics(JdbcTemplate jdbc, Clock clock,
			@Value("${peersupport.metrics.sample-interval:5s}") Duration sampleInterval) {
		return new OutboxMetrics(jdbc, clock, sampleInterval);
	}

	@Bean
	OutboxRelay outboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
			@Value("${peersupport.outbox.batch-size:200}") int batchSize) {
		return new OutboxRelay(jdbc, transactions, kafka, batchSize);
	}

	/**
	 * Spring Kafka logs a failed send with the record's key and the start of its value: a
	 * staff id, for most events. Logs outlive every retention rule, so the topic and the
	 * exception are logged, never the contents.
	 */
	@Bean
	static BeanPostProcessor producerListenerWithoutContents() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof LoggingProducerListener<?, ?> listener) {
					listener.setIncludeContents(false);
				}
				return bean;
			}
		};
	}

	@Bean
	EventInbox eventInbox(JdbcTemplate jdbc, Clock clock) {
		return new EventInbox(jdbc, clock);
	}

	@Bean
	ProcessedEventPruning processedEventPruning(JdbcTemplate jdbc, Clock clock,
			@Value("${peersupport.inbox.retention:30d}") Duration retention) {
		return new ProcessedEventPruning(jdbc, clock, retention);
	}

	@Bean
	CommonErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, String> kafka,
			@Value("${spring.kafka.consumer.group-id:${spring.application.name}}") String consumerGroup,
			@Value("${peersupport.kafka.retries:3}") int retries, ObjectProvider<MeterRegistry> meters) {
		return DeadLetters.errorHandler(kafka, consumerGroup, retries, meters.getIfUnique());
	}

	/**
	 * Creates every platform topic and this service's dead-letter topic if they are
	 * missing, and brings the retention of existing ones in line
	 * ({@code spring.kafka.admin.modify-topic-configs}): records carry staff ids, so no
	 * topic keeps them longer than {@code peersupport.kafka.retention}. The compacted
	 * directory keeps one entry per person; a superseded entry (an old name or address)
	 * is compacted away within that time too, and a tombstone within a day.
	 */
	@Bean
	KafkaAdmin.NewTopics platformTopics(
			@Value("${spring.kafka.consumer.group-id:${spring.application.name}}") String consumerGroup,
			@Value("${peersupport.kafka.partitions:3}") int partitions,
			@Value("${peersupport.kafka.replication-factor:1}") short replicas,
			@Value("${peersupport.kafka.retention:P7D}") Duration retention) {
		String kept = String.valueOf(retention.toMillis());
		String segment = String.valueOf(segmentSpan(retention).toMillis());
		List<NewTopic> topics = new ArrayList<>();
		for (String topic : Topics.all()) {
			TopicBuilder builder = TopicBuilder.name(topic).partitions(partitions).replicas(replicas);
			if (Topics.isCompacted(topic)) {
				builder.compact()
					.config(TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, kept)
					.config(TopicConfig.DELETE_RETENTION_MS_CONFIG,
							String.valueOf(tombstoneLife(retention).toMillis()));
			}
			else {
				builder.config(TopicConfig.RETENTION_MS_CONFIG, kept);
			}
			topics.add(builder.config(TopicConfig.SEGMENT_MS_CONFIG, segment).build());
		}
		topics.add(TopicBuilder.name(Topics.deadLetterTopic(consumerGroup))
			.partitions(1)
			.replicas(replicas)
			.config(TopicConfig.RETENTION_MS_CONFIG, kept)
			.config(TopicConfig.SEGMENT_MS_CONFIG, segment)
			.build());
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

	/**
	 * How long one log segment may span. Kafka deletes (and compacts) whole segments, and
	 * a segment goes only once its newest record is past the retention: with Kafka's
	 * default of 7 days a quiet topic's records would live up to twice the retention. A
	 * seventh of it keeps every record within 8/7 of the retention.
	 */
	static Duration segmentSpan(Duration retention) {
		return retention.dividedBy(7);
	}

	/**
	 * How long a directory tombstone stays for consumers to see (a day), never longer
	 * than the retention itself: its key is the leaver's staff id.
	 */
	static Duration tombstoneLife(Duration retention) {
		Duration day = Duration.ofDays(1);
		return (retention.compareTo(day) < 0) ? retention : day;
	}

}
