package org.peersupport.matching;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.matching.checkin.CaseContext;
import org.peersupport.matching.notification.Notifications;
import org.peersupport.messaging.inbox.EventInbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Kafka entry points of the supporter side. They run in a consumer group of their own, so
 * e-mail and the portal never slow the matching engine down, and an offer is recorded
 * whatever happens to its e-mail.
 */
@Component
class SupporterListeners {

	private final EventInbox inbox;

	private final Notifications notifications;

	private final CaseContext cases;

	private final String consumer;

	SupporterListeners(EventInbox inbox, Notifications notifications, CaseContext cases,
			@Value(SupporterConsumerConfiguration.GROUP) String consumer) {
		this.inbox = inbox;
		this.notifications = notifications;
		this.cases = cases;
		this.consumer = consumer;
	}

	@KafkaListener(topics = Topics.ASSIGNMENTS_OFFERED, groupId = SupporterConsumerConfiguration.GROUP,
			containerFactory = SupporterConsumerConfiguration.FACTORY)
	void offered(ConsumerRecord<String, String> record) {
		this.inbox.receive(this.consumer, record, Events.ASSIGNMENT_OFFERED,
				(event) -> this.notifications.offered(event.data()));
	}

	@KafkaListener(topics = Topics.OUTREACH_FOLLOW_UP_DUE, groupId = SupporterConsumerConfiguration.GROUP,
			containerFactory = SupporterConsumerConfiguration.FACTORY)
	void followUpDue(ConsumerRecord<String, String> record) {
		this.inbox.receive(this.consumer, record, Events.FOLLOW_UP_DUE, (event) -> {
			this.cases.rememberFollowUp(event.data());
			this.notifications.followUpDue(event.data());
		});
	}

	@KafkaListener(topics = Topics.OUTREACH_DUE, groupId = SupporterConsumerConfiguration.GROUP,
			containerFactory = SupporterConsumerConfiguration.FACTORY)
	void due(ConsumerRecord<String, String> record) {
		this.inbox.receive(this.consumer, record, Events.OUTREACH_DUE, (event) -> this.cases
			.rememberFacility(UUID.fromString(event.data().caseId()), event.data().facility()));
	}

}
