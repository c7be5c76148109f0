package org.peersupport.matching;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.matching.offer.Matchmaker;
import org.peersupport.messaging.inbox.EventInbox;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Kafka entry point: due cases, received idempotently. */
@Component
class MatchingListeners {

	private final EventInbox inbox;

	private final Matchmaker matchmaker;

	MatchingListeners(EventInbox inbox, Matchmaker matchmaker) {
		this.inbox = inbox;
		this.matchmaker = matchmaker;
	}

	@KafkaListener(topics = Topics.OUTREACH_DUE)
	void due(ConsumerRecord<String, String> record) {
		this.inbox.receive("matching", record, Events.OUTREACH_DUE, (event) -> this.matchmaker.onDue(event.data()));
	}

}
