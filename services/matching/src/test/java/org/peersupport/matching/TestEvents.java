package org.peersupport.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import org.peersupport.contracts.EventType;
import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.OutreachClosed;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.testkit.TestInfrastructure;

/** Sends what outreach would send, for matching's integration tests. */
final class TestEvents {

	private TestEvents() {
	}

	/** Publishes a due case and returns its id. */
	static String due(Instant now, String staffId, List<String> coInvolved, boolean highImpact, Instant respondBy)
			throws Exception {
		String caseId = UUID.randomUUID().toString();
		OutreachDue due = new OutreachDue(caseId, staffId, List.of(UUID.randomUUID().toString()), coInvolved,
				HarmLevel.SEVERE, highImpact, "MAIN", "ICU", now, now, respondBy);
		send(Topics.OUTREACH_DUE, staffId, envelope(Events.OUTREACH_DUE, caseId, now, due));
		return caseId;
	}

	/** The envelope outreach would publish when it closes a case. */
	static String closed(Instant now, String caseId, String staffId, CloseReason reason) {
		return envelope(Events.OUTREACH_CLOSED, caseId, now, new OutreachClosed(caseId, staffId, reason, "MAIN", now));
	}

	static <T> String envelope(EventType<T> type, String subject, Instant now, T data) {
		return EventJson.mapper()
			.writeValueAsString(EventEnvelope.wrap(type, "/test", subject, now, data, EventJson.mapper()));
	}

	/** Sends a record as it is, valid or not, and waits until the broker has it. */
	static void send(String topic, String key, String value) throws Exception {
		try (var producer = new KafkaProducer<>(
				Map.<String, Object>of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>(topic, key, value)).get();
		}
	}

}
