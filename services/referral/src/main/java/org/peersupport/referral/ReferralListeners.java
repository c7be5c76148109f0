package org.peersupport.referral;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.peersupport.accesstrail.TrailPseudonyms;
import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.events.CasePurged;
import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.ErasureRequested;
import org.peersupport.contracts.events.TalkNowRequested;
import org.peersupport.messaging.inbox.EventInbox;
import org.peersupport.messaging.inbox.PoisonMessageException;
import org.peersupport.referral.crisis.Crises;
import org.peersupport.referral.crisis.CrisisErasure;
import org.peersupport.referral.referrals.ReferralErasure;
import org.peersupport.referral.referrals.Referrals;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Kafka entry point: a check-in outcome, received once, becomes referrals (with consent)
 * and, when flagged, a crisis, all in the receiving transaction; a clinician's "talk now"
 * becomes a crisis too. A purged case and an erasure request delete what referral keeps
 * of them (docs/referral.md, "Retention and erasure").
 */
@Component
class ReferralListeners {

	private static final String CONSUMER = "referral";

	private final EventInbox inbox;

	private final Referrals referrals;

	private final Crises crises;

	private final ReferralErasure referralErasure;

	private final CrisisErasure crisisErasure;

	private final TrailPseudonyms trail;

	ReferralListeners(EventInbox inbox, Referrals referrals, Crises crises, ReferralErasure referralErasure,
			CrisisErasure crisisErasure, TrailPseudonyms trail) {
		this.inbox = inbox;
		this.referrals = referrals;
		this.crises = crises;
		this.referralErasure = referralErasure;
		this.crisisErasure = crisisErasure;
		this.trail = trail;
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
	 * Outreach purged a closed case: its referrals go, and its crises unless one is still
	 * open. The clinician's staff id leaves the access trail with their last case.
	 */
	@KafkaListener(topics = Topics.OUTREACH_CASE_PURGED)
	void casePurged(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.CASE_PURGED, (event) -> {
			CasePurged purged = event.data();
			requireId("purged case", "caseId", purged.caseId());
			requireId("purged case", "staffId", purged.staffId());
			this.referralErasure.purgeCase(purged.caseId());
			this.crisisErasure.purgeCase(purged.caseId());
			this.trail.forget(List.of(purged.caseId()));
			if (purged.lastCaseOfPerson()) {
				this.trail.forgetPerson(purged.staffId());
			}
		});
	}

	/**
	 * Every referral, crisis and page naming the person goes, except an open crisis;
	 * where they only helped with someone else's crisis, a pseudonym takes their place.
	 */
	@KafkaListener(topics = Topics.OUTREACH_ERASURE_REQUESTED)
	void erasureRequested(ConsumerRecord<String, String> record) {
		this.inbox.receive(CONSUMER, record, Events.ERASURE_REQUESTED, (event) -> {
			ErasureRequested request = event.data();
			requireId("erasure request", "staffId", request.staffId());
			this.referralErasure.erase(request.staffId());
			this.crisisErasure.erase(request.staffId(), "erased-" + UUID.randomUUID());
			this.trail.forgetPerson(request.staffId());
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
