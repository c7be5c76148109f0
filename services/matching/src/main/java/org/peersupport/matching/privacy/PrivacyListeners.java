package org.peersupport.matching.privacy;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.events.CasePurged;
import org.peersupport.contracts.events.ErasureRequested;
import org.peersupport.messaging.inbox.EventInbox;
import org.peersupport.messaging.inbox.PoisonMessageException;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Kafka entry point of retention and erasure, in matching's own consumer group: a purged
 * case and an erasure request, each received once, handed to every feature that keeps
 * records of cases ({@link CasePurge}) or of people ({@link PersonErasure}), all in the
 * receiving transaction. One listener per topic: a second in the same group would take
 * half of the partitions.
 */
@Component
class PrivacyListeners {

	private static final Logger log = LoggerFactory.getLogger(PrivacyListeners.class);

	private final EventInbox inbox;

	private final List<CasePurge> purges;

	private final List<PersonErasure> erasures;

	PrivacyListeners(EventInbox inbox, List<CasePurge> purges, List<PersonErasure> erasures) {
		this.inbox = inbox;
		this.purges = purges;
		this.erasures = erasures;
	}

	@KafkaListener(topics = Topics.OUTREACH_CASE_PURGED)
	void casePurged(ConsumerRecord<String, String> record) {
		this.inbox.receive("matching", record, Events.CASE_PURGED, (event) -> {
			CasePurged purged = event.data();
			requireCaseId(purged.caseId());
			requireStaffId(purged.staffId());
			this.purges.forEach((purge) -> purge.purge(purged));
			log.info("Case {} purged from matching", purged.caseId());
		});
	}

	@KafkaListener(topics = Topics.OUTREACH_ERASURE_REQUESTED)
	void erasureRequested(ConsumerRecord<String, String> record) {
		this.inbox.receive("matching", record, Events.ERASURE_REQUESTED, (event) -> {
			ErasureRequested request = event.data();
			requireStaffId(request.staffId());
			this.erasures.forEach((erasure) -> erasure.erase(request.staffId(), request.requestedAt()));
			// The erasure's id, never the person: the log outlives the records.
			log.info("Erasure {} applied in matching", request.erasureId());
		});
	}

	/** Retrying a record without a usable id would never help. */
	private static void requireCaseId(String caseId) {
		try {
			UUID.fromString(caseId);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new PoisonMessageException("case id is not a UUID", ex);
		}
	}

	private static void requireStaffId(String staffId) {
		if (staffId == null || staffId.isBlank()) {
			throw new PoisonMessageException("no staff id", null);
		}
	}

}
