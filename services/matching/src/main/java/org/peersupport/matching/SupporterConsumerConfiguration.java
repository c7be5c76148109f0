package org.peersupport.matching;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;

import org.peersupport.contracts.Topics;
import org.peersupport.messaging.deadletter.DeadLetters;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The supporter side's consumer group ({@code peersupport.notifications.consumer-group},
 * by default the service's group plus {@code -notifications}), with its own dead-letter
 * topic.
 */
@Configuration(proxyBeanMethods = false)
class SupporterConsumerConfiguration {

	static final String GROUP = "${peersupport.notifications.consumer-group:${spring.kafka.consumer.group-id}-notifications}";

	static final String FACTORY = "supporterListenerFactory";

	@Bean(FACTORY)
	ConcurrentKafkaListenerContainerFactory<Object, Object> supporterListenerFactory(
			ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
			KafkaTemplate<String, String> kafka, @Value(GROUP) String group,
			@Value("${peersupport.kafka.retries:3}") int retries, ObjectProvider<MeterRegistry> meters) {
		ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
		configurer.configure(factory, consumers);
		factory.setCommonErrorHandler(DeadLetters.errorHandler(kafka, group, retries, meters.getIfUnique()));
		return factory;
	}

	@Bean
	NewTopic supporterDeadLetterTopic(@Value(GROUP) String group,
			@Value("${peersupport.kafka.replication-factor:1}") short replicas) {
		return TopicBuilder.name(Topics.deadLetterTopic(group)).partitions(1).replicas(replicas).build();
	}

}
