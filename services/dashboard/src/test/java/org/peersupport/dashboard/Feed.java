package org.peersupport.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import org.peersupport.contracts.EventType;
import org.peersupport.contracts.Events;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.Actuality;
import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.contracts.events.AssignmentAccepted;
import org.peersupport.contracts.events.AssignmentOffered;
import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.InvolvedClinician;
import org.peersupport.contracts.events.InvolvementRole;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.testkit.TestInfrastructure;

/**
 * Produces contract events onto the real topics, as the other services would, so the
 * dashboard is tested against exactly what arrives on the wire.
 */
public final class Feed implements AutoCloseable {

	private final KafkaProducer<String, String> producer = new KafkaProducer<>(
			Map.of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()), new StringSerializer(),
			new StringSerializer());

	/** Sends an event and returns its envelope (to redeliver it). */
	public <T> EventEnvelope send(EventType<T> type, String key, T data) {
		EventEnvelope envelope = EventEnvelope.wrap(type, "/test", key, Instant.now(), data, EventJson.mapper());
		resend(type.topic(), key, envelope);
		return envelope;
	}

	public void resend(String topic, String key, EventEnvelope envelope) {
		resendRaw(topic, key, EventJson.mapper().writeValueAsString(envelope));
	}

	/** Sends any value, a poison record for instance. */
	public void resendRaw(String topic, String key, String value) {
		try {
			this.producer.send(new ProducerRecord<>(topic, key, value)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not send to " + topic, ex);
		}
	}

	/** A record with the key and no value: the directory forgets the person. */
	public void tombstone(String topic, String key) {
		try {
			this.producer.send(new ProducerRecord<>(topic, key, null)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not send to " + topic, ex);
		}
	}

	public void staff(String staffId, String department, boolean supporter, LocalDate trainingExpiresOn) {
		send(Events.STAFF_DIRECTORY_ENTRY, staffId,
				new StaffDirectoryEntry(staffId, "Name " + staffId, staffId + "@hospital.test", department, "RN", null,
						supporter, supporter, trainingExpiresOn, true, 2, Instant.now()));
	}

	public String reported(String facility, HarmLevel harm, Instant receivedAt, String... staffIds) {
		String eventId = UUID.randomUUID().toString();
		List<InvolvedClinician> involved = java.util.Arrays.stream(staffIds)
			.map((id) -> new InvolvedClinician(id, InvolvementRole.PARTICIPANT))
			.toList();
		send(Events.ADVERSE_EVENT_REPORTED, eventId, new AdverseEventReported(eventId, receivedAt.minusSeconds(600),
				null, receivedAt, harm, Actuality.ACTUAL, null, facility, "UNIT-1", involved));
		return eventId;
	}

	/** Opens a case and returns its id. */
	public String due(String staffId, String facility, HarmLevel harm, Instant receivedAt) {
		String caseId = UUID.randomUUID().toString();
		send(Events.OUTREACH_DUE, staffId, new OutreachDue(caseId, staffId, List.of("e"), List.of(), harm, false,
				facility, "UNIT-1", receivedAt, receivedAt, receivedAt.plusSeconds(24 * 3600)));
		return caseId;
	}

	public String offered(String caseId, String staffId, String supporterId, Instant at) {
		String offerId = UUID.randomUUID().toString();
		send(Events.ASSIGNMENT_OFFERED, staffId, new AssignmentOffered(offerId, caseId, staffId, supporterId, at));
		return offerId;
	}

	public void accepted(String offerId, String caseId, String staffId, String supporterId, Instant at) {
		send(Events.ASSIGNMENT_ACCEPTED, staffId, new AssignmentAccepted(offerId, caseId, staffId, supporterId, at));
	}

	public void checkin(String caseId, String staffId, String followUpId, ContactOutcome contact, Instant at) {
		send(Events.CHECKIN_COMPLETED, staffId, new CheckinCompleted(UUID.randomUUID().toString(), caseId, "offer",
				staffId, "S-1", followUpId, contact, List.of(), List.of(), false, false, false, null, at));
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
