package org.peersupport.matching.offer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.peersupport.contracts.events.UnmatchedReason;
import org.peersupport.matching.batch.AssignmentStrategy;
import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.Clinician;
import org.peersupport.matching.engine.MatchEngine;
import org.peersupport.matching.engine.MatchingPolicy;
import org.peersupport.matching.engine.Ranking;
import org.peersupport.matching.engine.Scored;

import org.springframework.stereotype.Component;

/**
 * Decides a set of cases together: each is ranked against the same pool, then the
 * strategy places them under everyone's capacity. A case is never dropped: when nobody
 * can take it, or too many offers failed, it is unmatched and outreach escalates it. The
 * caller holds the capacity lock and the transaction.
 */
@Component
class CaseAssignment {

	private final MatchRequestRepository requests;

	private final OfferRepository offers;

	private final CandidatePool pool;

	private final MatchEngine engine;

	private final AssignmentStrategy strategy;

	private final Offering offering;

	private final MatchingPolicy policy;

	private final RequestedSupportBook requested;

	CaseAssignment(MatchRequestRepository requests, OfferRepository offers, CandidatePool pool, MatchEngine engine,
			AssignmentStrategy strategy, Offering offering, MatchingPolicy policy, RequestedSupportBook requested) {
		this.requests = requests;
		this.requested = requested;
		this.offers = offers;
		this.pool = pool;
		this.engine = engine;
		this.strategy = strategy;
		this.offering = offering;
		this.policy = policy;
	}

	void assign(List<MatchRequest> batch, Instant now) {
		List<Candidate> supporters = this.pool.supporters(now);
		List<MatchRequest> placeable = new ArrayList<>();
		List<CaseToMatch> cases = new ArrayList<>();
		for (MatchRequest request : batch) {
			Optional<Clinician> clinician = this.pool.clinician(request.staffId());
			if (clinician.isEmpty()) {
				this.offering.unmatched(request, UnmatchedReason.UNKNOWN_STAFF, now);
				continue;
			}
			placeable.add(request);
			cases.add(caseToMatch(request, clinician.get(), this.offers.findByCaseId(request.caseId())));
		}
		List<Ranking> rankings = this.engine.rankAll(cases, supporters, now);
		List<Optional<Scored>> chosen = this.strategy.assign(rankings);
		for (int i = 0; i < placeable.size(); i++) {
			if (chosen.get(i).isEmpty()) {
				this.offering.unmatched(placeable.get(i), UnmatchedReason.NO_ELIGIBLE_SUPPORTER, now);
			}
			else {
				this.offering.offer(placeable.get(i), rankings.get(i), chosen.get(i).get(), placeable.size(), now);
			}
		}
	}

	/**
	 * The case as the engine sees it: whom it may not go to (everyone else involved,
	 * everyone it was offered to) and what the clinician asked for. One construction for
	 * automatic decisions and for the verdicts of an assignment by hand.
	 */
	CaseToMatch caseToMatch(MatchRequest request, Clinician clinician, List<Offer> offersOfCase) {
		Set<String> offeredBefore = Set.copyOf(offersOfCase.stream().map(Offer::supporterId).toList());
		return new CaseToMatch(request.caseId().toString(), clinician, request.excluded(), offeredBefore,
				request.facility(), request.highImpact(), this.requested.of(request.caseId()));
	}

	/**
	 * An offer of the case was declined or expired: the next supporter gets it, unless
	 * too many offers have failed already.
	 */
	void reoffer(MatchRequest request, Instant now) {
		MatchRequest failed = this.requests.update(request.failedOnce(now));
		if (failed.failedOffers() >= this.policy.offers().maxFailures()) {
			this.offering.unmatched(failed, UnmatchedReason.OFFERS_EXHAUSTED, now);
			return;
		}
		assign(List.of(failed), now);
	}

}
