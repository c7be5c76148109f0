package org.peersupport.matching.offer;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.AssignmentOffered;
import org.peersupport.contracts.events.AssignmentUnmatched;
import org.peersupport.contracts.events.UnmatchedReason;
import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.MatchEngine;
import org.peersupport.matching.engine.MatchingPolicy;
import org.peersupport.matching.engine.Ranking;
import org.peersupport.matching.engine.RuleVerdict;
import org.peersupport.matching.engine.Scored;
import org.peersupport.messaging.outbox.Outbox;

import org.springframework.stereotype.Component;

/**
 * Records what a matching decision came to, with the event that announces it: an offer to
 * the chosen supporter (with its explanation and its expiry timer), or a case nobody can
 * take ({@code assignments.unmatched.v1}, which outreach escalates).
 */
@Component
class Offering {

	private static final Logger log = LoggerFactory.getLogger(Offering.class);

	private final MatchRequestRepository requests;

	private final OfferRepository offers;

	private final OfferExplanations explanations;

	private final OfferTimers timers;

	private final Outbox outbox;

	private final MatchEngine engine;

	private final MatchingPolicy policy;

	private final OfferMetrics metrics;

	Offering(MatchRequestRepository requests, OfferRepository offers, OfferExplanations explanations,
			OfferTimers timers, Outbox outbox, MatchEngine engine, MatchingPolicy policy, OfferMetrics metrics) {
		this.metrics = metrics;
		this.requests = requests;
		this.offers = offers;
		this.explanations = explanations;
		this.timers = timers;
		this.outbox = outbox;
		this.engine = engine;
		this.policy = policy;
	}

	void offer(MatchRequest request, Ranking ranking, Scored chosen, int batchSize, Instant now) {
		Instant expiresAt = expiry(request, now);
		Offer offer = place(request, chosen.staffId(), now, expiresAt);
		this.explanations.save(new OfferExplanation(offer.id().toString(), request.caseId().toString(),
				chosen.staffId(), (batchSize > 1) ? "BATCH" : "SINGLE", batchSize,
				this.policy.departmentRuleFor(request.facility()), this.engine.ruleNames(),
				this.engine.score(ranking.matchCase(), chosen.candidate()), ranking.rankOf(chosen.staffId()),
				ranking.eligible().size(), ranking.considered(), ranking.excludedBy(),
				ranking.matchCase().alreadyOffered().size(), expiresAt, now, null, List.of()));
		announce(offer, expiresAt, now);
	}

	/**
	 * An offer an administrator made by hand to a supporter they named: the same offer,
	 * expiry, event and e-mail as the engine's, its explanation naming who assigned it
	 * and the rules they overrode.
	 */
	Offer offerByHand(MatchRequest request, Ranking ranking, Candidate supporter, List<RuleVerdict> verdicts,
			String assignedBy, Instant now) {
		Instant expiresAt = expiry(request, now);
		Offer offer = place(request, supporter.staffId(), now, expiresAt);
		List<String> passed = verdicts.stream().filter(RuleVerdict::passes).map(RuleVerdict::rule).toList();
		List<String> overridden = verdicts.stream().filter((v) -> !v.passes()).map(RuleVerdict::rule).toList();
		this.explanations.save(new OfferExplanation(offer.id().toString(), request.caseId().toString(),
				supporter.staffId(), "MANUAL", 1, this.policy.departmentRuleFor(request.facility()), passed,
				this.engine.score(ranking.matchCase(), supporter), ranking.rankOf(supporter.staffId()),
				ranking.eligible().size(), ranking.considered(), ranking.excludedBy(),
				ranking.matchCase().alreadyOffered().size(), expiresAt, now, assignedBy, overridden));
		announce(offer, expiresAt, now);
		log.info("Offer {} of case {} assigned by hand, {} rule(s) overridden", offer.id(), offer.caseId(),
				overridden.size());
		return offer;
	}

	private Offer place(MatchRequest request, String supporterId, Instant now, Instant expiresAt) {
		Offer offer = this.offers.save(Offer.make(request.caseId(), request.staffId(), supporterId, now, expiresAt));
		this.requests.update(request.with(MatchStatus.OFFERED, null, now));
		return offer;
	}

	private void announce(Offer offer, Instant expiresAt, Instant now) {
		this.timers.expireAt(offer.id(), expiresAt);
		this.outbox.publish(Events.ASSIGNMENT_OFFERED, offer.staffId(), offer.caseId().toString(),
				new AssignmentOffered(offer.id().toString(), offer.caseId().toString(), offer.staffId(),
						offer.supporterId(), now));
		this.metrics.offerMade();
		log.info("Offer {} of case {} made, open until {}", offer.id(), offer.caseId(), expiresAt);
	}

	void unmatched(MatchRequest request, UnmatchedReason reason, Instant now) {
		this.requests.update(request.with(MatchStatus.UNMATCHED, reason.name(), now));
		this.outbox.publish(Events.ASSIGNMENT_UNMATCHED, request.staffId(), request.caseId().toString(),
				new AssignmentUnmatched(request.caseId().toString(), request.staffId(), reason, now));
		log.warn("Case {} could not be matched: {}", request.caseId(), reason);
	}

	/**
	 * The case's window, capped by the longest response time the program allows, and
	 * never shorter than the shortest: a supporter always gets a real chance to answer.
	 */
	private Instant expiry(MatchRequest request, Instant now) {
		Instant latest = now.plus(this.policy.offers().maxResponseTime());
		Instant expires = (request.respondBy() != null && request.respondBy().isBefore(latest)) ? request.respondBy()
				: latest;
		Instant earliest = now.plus(this.policy.offers().minResponseTime());
		return expires.isBefore(earliest) ? earliest : expires;
	}

}
