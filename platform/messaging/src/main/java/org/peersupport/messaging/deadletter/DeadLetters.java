package org.peersupport.messaging.deadletter;

import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;

import org.peersupport.contracts.Topics;
import org.peersupport.messaging.inbox.PoisonMessageException;

import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The dead-letter convention: after the retries, a failed record goes to its consumer
 * group's dead-letter topic with the reason in the {@value #REASON_HEADER} header
 * (besides Spring Kafka's own exception and origin headers), and the partition moves on
 * to the next record.
 */
public final class DeadLetters {

	/** A short human-readable reason, for operators replaying the topic. */
	public static final String REASON_HEADER = "peersupport-dlq-reason";

	/**
	 * Records this instance sent to a dead-letter topic, tagged with the consumer group
	 * and the topic the record came from: nothing about the record itself.
	 */
	public static final String RECORDS_METRIC = "peersupport.deadletter.records";

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private DeadLetters() {
	}

	/**
	 * The innermost cause, or the poison verdict if there is one: that is the reason an
	 * operator needs.
	 */
	static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && !(cause instanceof PoisonMessageException)) {
			cause = cause.getCause();
		}
		return cause;
	}

	/** The classes of the failure and its innermost cause: what a log line may carry. */
	static String reasonForLog(Throwable ex) {
		Throwable cause = rootCause(ex);
		String outer = (ex.getCause() != null && ex != cause) ? ex.getClass().getSimpleName() + " caused by " : "";
		return outer + cause.getClass().getSimpleName();
	}

	public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> kafka, String consumerGroup, int retries) {
		return errorHandler(kafka, consumerGroup, retries, null);
	}

	/**
	 * As {@link #errorHandler(KafkaOperations, String, int)}, counting every
	 * dead-lettered record in {@value #RECORDS_METRIC}.
	 * @param meters where to count, or null not to
	 */
	public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> kafka, String consumerGroup, int retries,
			MeterRegistry meters) {
		String deadLetterTopic = Topics.deadLetterTopic(consumerGroup);
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
				(record, ex) -> new TopicPartition(deadLetterTopic, -1));
		recoverer.setHeadersFunction((record, ex) -> {
			Throwable cause = rootCause(ex);
			String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
			return new RecordHeaders(
					new RecordHeader[] { new RecordHeader(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8)) });
		});
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxAttempts(retries);
		DefaultErrorHandler handler = new DefaultErrorHandler((record, ex) -> {
			// Coordinates and the reason's class only: neither the record's value
			// nor an exception's message, which can quote it (a parser's token, a
			// constraint's "Key (staff_id)=(...)"). The full reason is in the header.
			log.error("Dead-lettering {}-{}@{} to {}: {}", record.topic(), record.partition(), record.offset(),
					deadLetterTopic, reasonForLog(ex));
			recoverer.accept(record, ex);
			if (meters != null) {
				Counter.builder(RECORDS_METRIC)
					.description("Records sent to a dead-letter topic")
					.tag("group", consumerGroup)
					.tag("topic", record.topic())
					.register(meters)
					.increment();
			}
		}, backOff);
		handler.addNotRetryableExceptions(PoisonMessageException.class);
		// Spring Kafka logs each failed attempt with the exception's whole chain of
		// messages; that goes to DEBUG, and this line says the same with classes only.
		handler.setLogLevel(KafkaException.Level.DEBUG);
		handler.setRetryListeners((record, ex, attempt) -> log.warn("Attempt {} at {}-{}@{} failed: {}", attempt,
				record.topic(), record.partition(), record.offset(), reasonForLog(ex)));
		return handler;
	}

}
