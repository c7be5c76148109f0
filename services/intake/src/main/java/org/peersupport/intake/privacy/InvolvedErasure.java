package org.peersupport.intake.privacy;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.accesstrail.TrailPseudonyms;
import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.contracts.events.ErasureRequested;
import org.peersupport.messaging.inbox.EventInbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Erasure on request: the person is taken out of every stored report's involved list, in
 * the inbox's transaction (idempotent per event id; a poison record goes to
 * {@code intake.dlq}), and out of intake's access trail, which names them when they
 * downloaded their own copy. Nothing of it reaches the risk system: its report keeps its
 * status.
 */
@Component
class InvolvedErasure {

	private static final Logger log = LoggerFactory.getLogger(InvolvedErasure.class);

	private static final String CONSUMER = "intake";

	private final EventInbox inbox;

	private final JdbcTemplate jdbc;

	private final TrailPseudonyms trail;

	InvolvedErasure(EventInbox inbox, JdbcTemplate jdbc, TrailPseudonyms trail) {
		this.inbox = inbox;
		this.jdbc = jdbc;
		this.trail = trail;
	}

	@KafkaListener(topics = Topics.OUTREACH_ERASURE_REQUESTED)
	void erasureRequested(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ERASURE_REQUESTED, (e) -> erase(e.data()));
	}

	private void erase(ErasureRequested erasure) {
		List<StoredEvent> naming = this.jdbc.query("""
				SELECT id, minimized_event FROM received_report
				WHERE minimized_event::jsonb -> 'involved' @> jsonb_build_array(jsonb_build_object('staffId', ?::text))
				FOR UPDATE""", (row, i) -> new StoredEvent(row.getObject("id", UUID.class), row.getString(2)),
				erasure.staffId());
		for (StoredEvent stored : naming) {
			AdverseEventReported event = EventJson.mapper().readValue(stored.json(), AdverseEventReported.class);
			AdverseEventReported without = new AdverseEventReported(event.eventId(), event.occurredAt(),
					event.reportedAt(), event.receivedAt(), event.harm(), event.actuality(), event.category(),
					event.facility(), event.unit(),
					event.involved()
						.stream()
						.filter((clinician) -> !clinician.staffId().equals(erasure.staffId()))
						.toList());
			this.jdbc.update("UPDATE received_report SET minimized_event = ? WHERE id = ?",
					EventJson.mapper().writeValueAsString(without), stored.id());
		}
		int entries = this.trail.forgetPerson(erasure.staffId());
		log.info("Erasure {}: removed from {} stored report(s) and {} access trail entries", erasure.erasureId(),
				naming.size(), entries);
	}

	private record StoredEvent(UUID id, String json) {
	}

}
