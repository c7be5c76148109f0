package org.peersupport.matching.offer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.AssignmentAccepted;
import org.peersupport.contracts.events.AssignmentDeclined;
import org.peersupport.contracts.events.AssignmentExpired;
import org.peersupport.contracts.events.AssignmentOffered;
import org.peersupport.contracts.events.AssignmentUnmatched;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.contracts.events.UnmatchedReason;
import org.peersupport.matching.batch.AssignmentStrategy;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.Clinician;
import org.peersupport.matching.engine.MatchEngine;
import org.peersupport.matching.engine.MatchingPolicy;
import org.peersupport.matching.engine.Ranking;
import org.peersupport.matching.engine.Scored;
import org.peersupport.messaging.outbox.Outbox;
import org.peersupport.web.ConflictException;
import org.peersupport.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers due cases to supporters and handles their answers and silences. A case is never
 * dropped: when nobody can take it, or too many offers failed, matching says so on
 * {@code assignments.unmatched.v1} and outreach escalates it. Every decision that touches
 * capacity takes the capacity lock first, so decisions never interleave or deadlock.
 */
@Service
public class Matchmaker {

	private static final Logger log = LoggerFactory.getLogger(Matchmaker.class);

	private final MatchRequestRepository requests;

	private final OfferRepository offers;

	private final CandidatePool pool;

	private final MatchEngine engine;

	private final AssignmentStrategy strategy;

	private final OfferExplanations explanations;

	private final OfferTimers timers;

	private final Outbox outbox;

	private final CapacityLock capacity;

	private final MatchingPolicy policy;

	private final Clock clock;

	Matchmaker(MatchRequestRepository requests, OfferRepository offers, CandidatePool pool, MatchEngine engine,
			AssignmentStrategy strategy, OfferExplanations explanations, OfferTimers timers, Outbox outbox,
			CapacityLock capacity, MatchingPolicy policy, Clock clock) {
		this.requests = requests;
		this.offers = offers;
		this.pool = pool;
		this.engine = engine;
		this.strategy = strategy;
		this.explanations = explanations;
		this.timers = timers;
		this.outbox = outbox;
		this.capacity = capacity;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * A case is due: collected for the batch window, or assigned at once when the window
	 * is zero. A case already offered or accepted needs no second supporter, and a closed
	 * case none at all.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void onDue(OutreachDue due) {
		this.capacity.acquire();
		UUID caseId = UUID.fromString(due.caseId());
		Instant now = this.clock.instant();
		Set<String> coInvolved = (due.coInvolvedStaffIds() != null) ? Set.copyOf(due.coInvolvedStaffIds()) : Set.of();
		Optional<MatchRequest> known = this.requests.findForUpdate(caseId);
		MatchRequest request;
		if (known.isEmpty()) {
			request = this.requests.save(new MatchRequest(caseId, due.staffId(), "", MatchStatus.PENDING, null, now,
					due.facility(), due.highImpact(), due.respondBy(), 0)
				.dueAgain(coInvolved, due.facility(), due.highImpact(), due.respondBy(), now));
		}
		else if (known.get().status() != MatchStatus.UNMATCHED) {
			return;
		}
		else {
			request = this.requests.update(known.get()
				.dueAgain(coInvolved, due.facility(), due.highImpact(), due.respondBy(), now)
				.with(MatchStatus.PENDING, null, now));
		}
		if (this.policy.batch().window().isZero()) {
			assign(List.of(request), now);
		}
		else {
			this.timers.closeBatchAt(caseId, now.plus(this.policy.batch().window()));
		}
	}

	/** Assigns every case collected in the batch window together. */
	@Transactional
	public int assignPending() {
		this.capacity.acquire();
		List<MatchRequest> pending = this.requests.findByStatus(MatchStatus.PENDING);
		if (!pending.isEmpty()) {
			assign(pending, this.clock.instant());
		}
		return pending.size();
	}

	@Transactional
	public Offer accept(String supporterId, UUID offerId) {
		return answer(supporterId, offerId, OfferStatus.ACCEPTED, (offer, now) -> {
			this.requests.findForUpdate(offer.caseId())
				.ifPresent((r) -> this.requests.update(r.with(MatchStatus.ACCEPTED, null, now)));
			this.outbox.publish(Events.ASSIGNMENT_ACCEPTED, offer.staffId(), offer.caseId().toString(),
					new AssignmentAccepted(offer.id().toString(), offer.caseId().toString(), offer.staffId(),
							supporterId, now));
		});
	}

	@Transactional
	public Offer decline(String supporterId, UUID offerId) {
		this.capacity.acquire();
		return answer(supporterId, offerId, OfferStatus.DECLINED, (offer, now) -> {
			this.outbox.publish(Events.ASSIGNMENT_DECLINED, offer.staffId(), offer.caseId().toString(),
					new AssignmentDeclined(offer.id().toString(), offer.caseId().toString(), offer.staffId(),
							supporterId, now));
			this.requests.findForUpdate(offer.caseId()).ifPresent((r) -> reofferOrGiveUp(r, now));
		});
	}

	/**
	 * The offer's timer fired. Unless it was answered meanwhile, it expires and the case
	 * goes to the next supporter.
	 */
	@Transactional
	public void expire(UUID offerId) {
		this.capacity.acquire();
		Optional<Offer> offer = this.offers.findForUpdate(offerId);
		// Answered, or withdrawn when the case closed: the timer has nothing left to do.
		if (offer.isEmpty() || offer.get().status() != OfferStatus.OFFERED) {
			return;
		}
		Instant now = this.clock.instant();
		Offer expired = this.offers.update(offer.get().answered(OfferStatus.EXPIRED, now));
		this.outbox.publish(Events.ASSIGNMENT_EXPIRED, expired.staffId(), expired.caseId().toString(),
				new AssignmentExpired(expired.id().toString(), expired.caseId().toString(), expired.staffId(),
						expired.supporterId(), now));
		log.info("Offer {} of case {} to supporter {} expired", expired.id(), expired.caseId(), expired.supporterId());
		this.requests.findForUpdate(expired.caseId()).ifPresent((r) -> reofferOrGiveUp(r, now));
	}

	/**
	 * Records a supporter's answer. Giving the same answer twice is harmless (a double
	 * click, a retried request); changing an answer is a conflict.
	 */
	private Offer answer(String supporterId, UUID offerId, OfferStatus answer, BiConsumer<Offer, Instant> then) {
		Offer offer = supportersOffer(supporterId, offerId);
		if (offer.status() == answer) {
			return offer;
		}
		if (offer.status() != OfferStatus.OFFERED) {
			throw new ConflictException("offer " + offer.id() + " is " + offer.status() + " and cannot be "
					+ answer.name().toLowerCase(Locale.ROOT));
		}
		Instant now = this.clock.instant();
		Offer answered = this.offers.update(offer.answered(answer, now));
		then.accept(answered, now);
		return answered;
	}

	private void reofferOrGiveUp(MatchRequest request, Instant now) {
		MatchRequest failed = this.requests.update(request.failedOnce(now));
		if (failed.failedOffers() >= this.policy.offers().maxFailures()) {
			unmatched(failed, UnmatchedReason.OFFERS_EXHAUSTED, now);
			return;
		}
		assign(List.of(failed), now);
	}

	/**
	 * Decides a set of cases together: each is ranked against the same pool, then the
	 * strategy places them under everyone's capacity.
	 */
	private void assign(List<MatchRequest> batch, Instant now) {
		List<Candidate> supporters = this.pool.supporters(now);
		List<MatchRequest> placeable = new ArrayList<>();
		List<CaseToMatch> cases = new ArrayList<>();
		for (MatchRequest request : batch) {
			Optional<Clinician> clinician = this.pool.clinician(request.staffId());
			if (clinician.isEmpty()) {
				unmatched(request, UnmatchedReason.UNKNOWN_STAFF, now);
				continue;
			}
			Set<String> offeredBefore = Set
				.copyOf(this.offers.findByCaseId(request.caseId()).stream().map(Offer::supporterId).toList());
			placeable.add(request);
			cases.add(new CaseToMatch(request.caseId().toString(), clinician.get(), request.excluded(), offeredBefore,
					request.facility(), request.highImpact()));
		}
		List<Ranking> rankings = this.engine.rankAll(cases, supporters, now);
		List<Optional<Scored>> chosen = this.strategy.assign(rankings);
		for (int i = 0; i < placeable.size(); i++) {
			if (chosen.get(i).isEmpty()) {
				unmatched(placeable.get(i), UnmatchedReason.NO_ELIGIBLE_SUPPORTER, now);
			}
			else {
				offer(placeable.get(i), rankings.get(i), chosen.get(i).get(), placeable.size(), now);
			}
		}
	}

	private void offer(MatchRequest request, Ranking ranking, Scored chosen, int batchSize, Instant now) {
		Instant expiresAt = expiry(request, now);
		Offer offer = this.offers
			.save(Offer.make(request.caseId(), request.staffId(), chosen.staffId(), now, expiresAt));
		this.requests.update(request.with(MatchStatus.OFFERED, null, now));
		this.explanations
			.save(new OfferExplanation(offer.id().toString(), request.caseId().toString(), chosen.staffId(),
					(batchSize > 1) ? "BATCH" : "SINGLE", batchSize, this.policy.departmentRuleFor(request.facility()),
					this.engine.ruleNames(), this.engine.score(ranking.matchCase(), chosen.candidate()),
					ranking.rankOf(chosen.staffId()), ranking.eligible().size(), ranking.considered(),
					ranking.excludedBy(), ranking.matchCase().alreadyOffered().size(), expiresAt, now));
		this.timers.expireAt(offer.id(), expiresAt);
		this.outbox.publish(Events.ASSIGNMENT_OFFERED, offer.staffId(), offer.caseId().toString(),
				new AssignmentOffered(offer.id().toString(), offer.caseId().toString(), offer.staffId(),
						offer.supporterId(), now));
		log.info("Offered case {} to supporter {} until {}", offer.caseId(), offer.supporterId(), expiresAt);
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

	private void unmatched(MatchRequest request, UnmatchedReason reason, Instant now) {
		this.requests.update(request.with(MatchStatus.UNMATCHED, reason.name(), now));
		this.outbox.publish(Events.ASSIGNMENT_UNMATCHED, request.staffId(), request.caseId().toString(),
				new AssignmentUnmatched(request.caseId().toString(), request.staffId(), reason, now));
		log.warn("Case {} could not be matched: {}", request.caseId(), reason);
	}

	private Offer supportersOffer(String supporterId, UUID offerId) {
		return this.offers.findForUpdate(offerId)
			.filter((offer) -> offer.supporterId().equals(supporterId))
			.orElseThrow(() -> new NotFoundException("supporter " + supporterId + " has no offer " + offerId));
	}

}
