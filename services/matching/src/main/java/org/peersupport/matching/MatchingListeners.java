package org.peersupport.matching;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.matching.debrief.DebriefFacilitation;
import org.peersupport.matching.offer.CaseClosures;
import org.peersupport.matching.offer.Matchmaker;
import org.peersupport.messaging.inbox.EventInbox;
import org.peersupport.messaging.inbox.PoisonMessageException;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Kafka entry point: due and closed cases, received idempotently. */
@Component
class MatchingListeners {

	private final EventInbox inbox;

	private final Matchmaker matchmaker;

	private final CaseClosures closures;

	private final DebriefFacilitation debriefs;

	MatchingListeners(EventInbox inbox, Matchmaker matchmaker, CaseClosures closures, DebriefFacilitation debriefs) {
		this.inbox = inbox;
		this.matchmaker = matchmaker;
		this.closures = closures;
		this.debriefs = debriefs;
	}

	@KafkaListener(topics = Topics.OUTREACH_DEBRIEF_SCHEDULED)
	void debriefScheduled(ConsumerRecord<String, String> record) {
		this.inbox.receive("matching", record, Events.TEAM_DEBRIEF_SCHEDULED, (event) -> {
			caseId(event.data().debriefId());
			this.debriefs.onScheduled(event.data());
		});
	}

	@KafkaListener(topics = Topics.OUTREACH_DEBRIEF_RECORDED)
	void debriefRecorded(ConsumerRecord<String, String> record) {
		this.inbox.receive("matching", record, Events.TEAM_DEBRIEF_RECORDED, (event) -> {
			caseId(event.data().debriefId());
			this.debriefs.onRecorded(event.data());
		});
	}

	@KafkaListener(topics = Topics.OUTREACH_DUE)
	void due(ConsumerRecord<String, String> record) {
		this.inbox.receive("matching", record, Events.OUTREACH_DUE, (event) -> this.matchmaker.onDue(event.data()));
	}

	@KafkaListener(topics = Topics.OUTREACH_CLOSED)
	void closed(ConsumerRecord<String, String> record) {
		this.inbox.receive("matching", record, Events.OUTREACH_CLOSED,
				(event) -> this.closures.onClosed(caseId(event.data().caseId()), event.data()));
	}

	/**
	 * A case (or debrief) id that is not one can never be applied: retrying would not
	 * help.
	 */
	private static UUID caseId(String caseId) {
		try {
			return UUID.fromString(caseId);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new PoisonMessageException("case id is not a UUID", ex);
		}
	}

}
