package org.peersupport.outreach.selfrequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.TalkNowRequested;
import org.peersupport.messaging.outbox.Outbox;
import org.peersupport.outreach.outreachcase.CaseEntry;
import org.peersupport.outreach.outreachcase.CaseOpening;
import org.peersupport.outreach.outreachcase.CasePreferences;
import org.peersupport.outreach.outreachcase.OutreachCase;
import org.peersupport.outreach.policy.OutreachPolicies;
import org.peersupport.outreach.policy.OutreachPolicy;
import org.peersupport.outreach.timing.OfferTiming;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinician asks for a check-in: a case of its own source goes through the same policy,
 * matching, offer, escalation and follow-up as any case, or the request joins the
 * clinician's open case (which may become due sooner, never later). An opt-out from
 * routine outreach does not stop it. "Now" also raises the crisis path.
 */
@Service
public class SelfRequests {

	private static final Logger log = LoggerFactory.getLogger(SelfRequests.class);

	private final CaseOpening opening;

	private final CasePreferences preferences;

	private final OutreachPolicies policies;

	private final Outbox outbox;

	private final Clock clock;

	SelfRequests(CaseOpening opening, CasePreferences preferences, OutreachPolicies policies, Outbox outbox,
			Clock clock) {
		this.opening = opening;
		this.preferences = preferences;
		this.policies = policies;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Records the request; with "now", the crisis path is raised in the same transaction
	 * (through the outbox, so the page goes out even if the request is answered first).
	 */
	@Transactional
	public void ask(SelfRequest request) {
		// A request names no facility: the program's default policy applies.
		OutreachPolicy policy = this.policies.forFacility(null);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		boolean urgent = request.when() == SelfRequest.When.NOW;
		Duration window = window(policy, request.when());
		CaseEntry entry = new CaseEntry(CaseSource.SELF_REQUEST, request.staffId(),
				OutreachCase.Reported.withoutEvent(now),
				(context) -> OfferTiming.plan(policy, now, window, urgent, context), false);
		CaseEntry.Entered entered = this.opening.enter(entry, policy, (outreachCase, at) -> {
			if (!request.preferences().noneChosen()) {
				this.preferences.save(outreachCase.id(), request.preferences(), at);
			}
		});
		OutreachCase outreachCase = entered.outreachCase();
		if (urgent) {
			String requestId = UUID.randomUUID().toString();
			this.outbox.publish(Events.TALK_NOW_REQUESTED, request.staffId(), requestId, new TalkNowRequested(requestId,
					outreachCase.id().toString(), request.staffId(), outreachCase.facility(), now));
			log.warn("A clinician asked to talk now (case {}); raising the crisis path", outreachCase.id());
		}
	}

	/**
	 * "Now" needs no window of its own: it is offered at once, accepted within
	 * acceptWithin.
	 */
	private static Duration window(OutreachPolicy policy, SelfRequest.When when) {
		return switch (when) {
			case NOW -> Duration.ZERO;
			case TODAY -> policy.selfRequest().today();
			case THIS_WEEK -> policy.selfRequest().thisWeek();
		};
	}

}
