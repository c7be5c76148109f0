package org.peersupport.dashboard;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.dashboard.figures.ProgramFigures;
import org.peersupport.messaging.inbox.EventInbox;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Kafka entry points: every topic the figures are built from, received idempotently. */
@Component
class DashboardListeners {

	private static final String CONSUMER = "dashboard";

	private final EventInbox inbox;

	private final ProgramFigures figures;

	DashboardListeners(EventInbox inbox, ProgramFigures figures) {
		this.inbox = inbox;
		this.figures = figures;
	}

	@KafkaListener(topics = Topics.ADVERSE_EVENTS_REPORTED)
	void reported(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ADVERSE_EVENT_REPORTED, (e) -> this.figures.onReported(e.data()));
	}

	@KafkaListener(topics = Topics.OUTREACH_DUE)
	void due(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.OUTREACH_DUE, (e) -> this.figures.onDue(e.data()));
	}

	@KafkaListener(topics = Topics.OUTREACH_ESCALATED)
	void escalated(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.OUTREACH_ESCALATED, (e) -> this.figures.onEscalated(e.data()));
	}

	@KafkaListener(topics = Topics.ASSIGNMENTS_OFFERED)
	void offered(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ASSIGNMENT_OFFERED, (e) -> this.figures.onOffered(e.data()));
	}

	@KafkaListener(topics = Topics.ASSIGNMENTS_ACCEPTED)
	void accepted(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ASSIGNMENT_ACCEPTED, (e) -> this.figures.onAccepted(e.data()));
	}

	@KafkaListener(topics = Topics.ASSIGNMENTS_DECLINED)
	void declined(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ASSIGNMENT_DECLINED, (e) -> this.figures.onDeclined(e.data()));
	}

}
