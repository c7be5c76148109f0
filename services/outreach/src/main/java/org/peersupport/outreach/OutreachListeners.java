package org.peersupport.outreach;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.messaging.inbox.EventInbox;
import org.peersupport.messaging.inbox.PoisonMessageException;
import org.peersupport.outreach.assignment.AssignmentProgress;
import org.peersupport.outreach.campaign.CampaignTriggers;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.debrief.TeamDebriefs;
import org.peersupport.outreach.followup.CheckinOutcomes;
import org.peersupport.outreach.followup.MilestoneFollowUps;
import org.peersupport.outreach.outreachcase.CaseEscalation;
import org.peersupport.outreach.outreachcase.CaseOpening;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Kafka entry points: each hands an idempotently received event to the domain. */
@Component
class OutreachListeners {

	private static final String CONSUMER = "outreach";

	private final EventInbox inbox;

	private final CaseOpening opening;

	private final AssignmentProgress progress;

	private final CheckinOutcomes checkins;

	private final MilestoneFollowUps milestones;

	private final Clinicians clinicians;

	private final CampaignTriggers campaigns;

	private final TeamDebriefs debriefs;

	private final CaseEscalation escalation;

	OutreachListeners(EventInbox inbox, CaseOpening opening, AssignmentProgress progress, CheckinOutcomes checkins,
			MilestoneFollowUps milestones, Clinicians clinicians, CampaignTriggers campaigns, TeamDebriefs debriefs,
			CaseEscalation escalation) {
		this.inbox = inbox;
		this.opening = opening;
		this.progress = progress;
		this.checkins = checkins;
		this.milestones = milestones;
		this.clinicians = clinicians;
		this.campaigns = campaigns;
		this.debriefs = debriefs;
		this.escalation = escalation;
	}

	@KafkaListener(topics = Topics.ADVERSE_EVENTS_REPORTED)
	void reported(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ADVERSE_EVENT_REPORTED, (event) -> {
			this.opening.onReported(event.data());
			this.campaigns.onReported(event.data());
		});
	}

	@KafkaListener(topics = Topics.ADVERSE_EVENTS_MILESTONES)
	void milestone(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.INCIDENT_MILESTONE, (event) -> {
			this.milestones.onMilestone(event.data());
			this.campaigns.onMilestone(event.data());
		});
	}

	/**
	 * A tombstone (no value) is someone leaving the directory: their profile goes, and an
	 * open case of theirs goes to the administrator's worklist. It has no event id for
	 * the inbox, and needs none: forgetting twice is forgetting once, and the same
	 * escalation is raised once while it is open. An erasure's tombstone finds no case:
	 * outreach deleted every case of the person before it announced the erasure that
	 * makes matching publish the tombstone.
	 */
	@KafkaListener(topics = Topics.STAFF_DIRECTORY)
	void directory(ConsumerRecord<String, String> record) {
		if (record.value() == null && record.key() != null) {
			// A tombstone: the person left or was erased (deleting is idempotent, no
			// inbox).
			this.clinicians.onDirectoryTombstone(record.key());
			this.escalation.onLeftDirectory(record.key());
			return;
		}
		this.inbox.receive(CONSUMER, record, Events.STAFF_DIRECTORY_ENTRY,
				(event) -> this.clinicians.onDirectoryEntry(event.data()));
	}

	@KafkaListener(topics = Topics.ASSIGNMENTS_OFFERED)
	void offered(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ASSIGNMENT_OFFERED,
				(event) -> this.progress.onOffered(event.data()));
	}

	@KafkaListener(topics = Topics.ASSIGNMENTS_ACCEPTED)
	void accepted(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ASSIGNMENT_ACCEPTED,
				(event) -> this.progress.onAccepted(event.data()));
	}

	@KafkaListener(topics = Topics.ASSIGNMENTS_DECLINED)
	void declined(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ASSIGNMENT_DECLINED,
				(event) -> this.progress.onDeclined(event.data()));
	}

	@KafkaListener(topics = Topics.ASSIGNMENTS_EXPIRED)
	void expired(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ASSIGNMENT_EXPIRED,
				(event) -> this.progress.onExpired(event.data()));
	}

	@KafkaListener(topics = Topics.ASSIGNMENTS_UNMATCHED)
	void unmatched(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ASSIGNMENT_UNMATCHED,
				(event) -> this.progress.onUnmatched(event.data()));
	}

	@KafkaListener(topics = Topics.CHECKINS_COMPLETED)
	void checkin(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.CHECKIN_COMPLETED,
				(event) -> this.checkins.onCheckin(event.data()));
	}

	@KafkaListener(topics = Topics.ASSIGNMENTS_DEBRIEF_FACILITATORS)
	void facilitatorsMatched(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.DEBRIEF_FACILITATORS_MATCHED, (event) -> {
			try {
				UUID.fromString(event.data().debriefId());
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				// Never applicable: retrying would not help.
				throw new PoisonMessageException("debrief id is not a UUID", ex);
			}
			this.debriefs.onFacilitatorsMatched(event.data());
		});
	}

}
