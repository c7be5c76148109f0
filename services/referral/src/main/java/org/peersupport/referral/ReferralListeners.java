package org.peersupport.referral;

import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.TalkNowRequested;
import org.peersupport.messaging.inbox.EventInbox;
import org.peersupport.messaging.inbox.PoisonMessageException;
import org.peersupport.referral.crisis.Crises;
import org.peersupport.referral.referrals.Referrals;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Kafka entry point: a check-in outcome, received once, becomes referrals (with consent)
 * and, when flagged, a crisis, all in the receiving transaction; a clinician's "talk now"
 * becomes a crisis too.
 */
@Component
class ReferralListeners {

	private static final String CONSUMER = "referral";

	private final EventInbox inbox;

	private final Referrals referrals;

	private final Crises crises;

	ReferralListeners(EventInbox inbox, Referrals referrals, Crises crises) {
		this.inbox = inbox;
		this.referrals = referrals;
		this.crises = crises;
	}

	@KafkaListener(topics = Topics.CHECKINS_COMPLETED)
	void checkinCompleted(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.CHECKIN_COMPLETED, (event) -> {
			CheckinCompleted checkin = event.data();
			requireIds(checkin);
			if (checkin.crisis()) {
				this.crises.raise(checkin);
			}
			this.referrals.onCheckin(checkin);
		});
	}

	/** A clinician asked to talk now: the crisis path, as for a flagged check-in. */
	@KafkaListener(topics = Topics.OUTREACH_TALK_NOW)
	void talkNowRequested(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.TALK_NOW_REQUESTED, (event) -> {
			TalkNowRequested request = event.data();
			requireId("talk-now request", "requestId", request.requestId());
			requireId("talk-now request", "caseId", request.caseId());
			requireId("talk-now request", "staffId", request.staffId());
			this.crises.raise(request);
		});
	}

	/**
	 * Without these ids a check-in can never be acted on, however often it is retried.
	 */
	private static void requireIds(CheckinCompleted checkin) {
		requireId("check-in", "checkinId", checkin.checkinId());
		requireId("check-in", "caseId", checkin.caseId());
		requireId("check-in", "staffId", checkin.staffId());
		if (checkin.crisis()) {
			requireId("check-in", "supporterId", checkin.supporterId());
		}
		if (checkin.referrals() != null && checkin.referrals().stream().anyMatch(Objects::isNull)) {
			throw new PoisonMessageException("check-in with an empty referral code", null);
		}
	}

	private static void requireId(String what, String field, String value) {
		if (value == null || value.isBlank()) {
			throw new PoisonMessageException(what + " without " + field, null);
		}
	}

}
