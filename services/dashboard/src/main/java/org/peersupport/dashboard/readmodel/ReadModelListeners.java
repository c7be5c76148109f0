package org.peersupport.dashboard.readmodel;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.messaging.inbox.EventInbox;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Kafka entry points: every business topic, received idempotently (one inbox row per
 * CloudEvent id, in the same transaction as the read-model writes).
 */
@Component
class ReadModelListeners {

	private static final String CONSUMER = "dashboard";

	private final EventInbox inbox;

	private final OutreachFacts outreach;

	private final SupportFacts support;

	private final DebriefFacts debriefs;

	private final PrivacyFacts privacy;

	ReadModelListeners(EventInbox inbox, OutreachFacts outreach, SupportFacts support, DebriefFacts debriefs,
			PrivacyFacts privacy) {
		this.inbox = inbox;
		this.outreach = outreach;
		this.support = support;
		this.debriefs = debriefs;
		this.privacy = privacy;
	}

	@KafkaListener(topics = Topics.OUTREACH_CASE_PURGED)
	void casePurged(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.CASE_PURGED, (e) -> this.privacy.purged(e.data()));
	}

	@KafkaListener(topics = Topics.OUTREACH_ERASURE_REQUESTED)
	void erasureRequested(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ERASURE_REQUESTED, (e) -> this.privacy.erasureRequested(e.data()));
	}

	@KafkaListener(topics = Topics.OUTREACH_DEBRIEF_SCHEDULED)
	void debriefScheduled(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.TEAM_DEBRIEF_SCHEDULED, (e) -> this.debriefs.scheduled(e.data()));
	}

	@KafkaListener(topics = Topics.ASSIGNMENTS_DEBRIEF_FACILITATORS)
	void debriefFacilitators(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.DEBRIEF_FACILITATORS_MATCHED,
				(e) -> this.debriefs.matched(e.data()));
	}

	@KafkaListener(topics = Topics.OUTREACH_DEBRIEF_RECORDED)
	void debriefRecorded(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.TEAM_DEBRIEF_RECORDED, (e) -> this.debriefs.recorded(e.data()));
	}

	@KafkaListener(topics = Topics.ADVERSE_EVENTS_REPORTED)
	void reported(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ADVERSE_EVENT_REPORTED, (e) -> this.outreach.reported(e.data()));
	}

	@KafkaListener(topics = Topics.ADVERSE_EVENTS_MILESTONES)
	void milestone(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.INCIDENT_MILESTONE, (e) -> this.outreach.milestone(e.data()));
	}

	@KafkaListener(topics = Topics.OUTREACH_DUE)
	void due(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.OUTREACH_DUE, (e) -> this.outreach.due(e.data()));
	}

	@KafkaListener(topics = Topics.OUTREACH_ESCALATED)
	void escalated(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.OUTREACH_ESCALATED,
				(e) -> this.outreach.escalated(e.envelope().id(), e.data()));
	}

	@KafkaListener(topics = Topics.OUTREACH_CLOSED)
	void closed(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.OUTREACH_CLOSED, (e) -> this.outreach.closed(e.data()));
	}

	@KafkaListener(topics = Topics.OUTREACH_TALK_NOW)
	void talkNow(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.TALK_NOW_REQUESTED, (e) -> this.outreach.talkNow(e.data()));
	}

	@KafkaListener(topics = Topics.OUTREACH_FOLLOW_UP_DUE)
	void followUpDue(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.FOLLOW_UP_DUE, (e) -> this.outreach.followUpDue(e.data()));
	}

	@KafkaListener(topics = Topics.ASSIGNMENTS_UNMATCHED)
	void unmatched(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ASSIGNMENT_UNMATCHED, (e) -> this.outreach.unmatched(e.data()));
	}

	@KafkaListener(topics = Topics.STAFF_DIRECTORY)
	void directory(ConsumerRecord<String, String> record) {
		if (record.value() == null) {
			// A tombstone: the person left or was erased. Idempotent, so no inbox.
			this.support.directoryTombstone(record.key());
			return;
		}
		this.inbox.receive(CONSUMER, record, Events.STAFF_DIRECTORY_ENTRY, (e) -> this.support.directory(e.data()));
	}

	@KafkaListener(topics = Topics.ASSIGNMENTS_OFFERED)
	void offered(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ASSIGNMENT_OFFERED, (e) -> this.support.offered(e.data()));
	}

	@KafkaListener(topics = Topics.ASSIGNMENTS_ACCEPTED)
	void accepted(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ASSIGNMENT_ACCEPTED, (e) -> this.support.accepted(e.data()));
	}

	@KafkaListener(topics = Topics.ASSIGNMENTS_DECLINED)
	void declined(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ASSIGNMENT_DECLINED, (e) -> this.support.declined(e.data()));
	}

	@KafkaListener(topics = Topics.ASSIGNMENTS_EXPIRED)
	void expired(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ASSIGNMENT_EXPIRED, (e) -> this.support.expired(e.data()));
	}

	@KafkaListener(topics = Topics.CHECKINS_COMPLETED)
	void checkin(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.CHECKIN_COMPLETED, (e) -> this.support.checkin(e.data()));
	}

	@KafkaListener(topics = Topics.REFERRALS_MADE)
	void referralMade(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.REFERRAL_MADE, (e) -> this.support.referralMade(e.data()));
	}

	@KafkaListener(topics = Topics.REFERRALS_CLOSED)
	void referralClosed(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.REFERRAL_CLOSED, (e) -> this.support.referralClosed(e.data()));
	}

	@KafkaListener(topics = Topics.REFERRALS_CRISIS)
	void crisis(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.CRISIS_RAISED, (e) -> this.support.crisisRaised(e.data()));
	}

	@KafkaListener(topics = Topics.REFERRALS_CRISIS_ACKNOWLEDGED)
	void crisisAcknowledged(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.CRISIS_ACKNOWLEDGED,
				(e) -> this.support.crisisAcknowledged(e.data()));
	}

}
