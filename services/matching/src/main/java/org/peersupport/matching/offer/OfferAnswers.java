package org.peersupport.matching.offer;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.AssignmentAccepted;
import org.peersupport.contracts.events.AssignmentDeclined;
import org.peersupport.contracts.events.AssignmentExpired;
import org.peersupport.messaging.outbox.Outbox;
import org.peersupport.web.ConflictException;
import org.peersupport.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supporters' answers to offers, and their silences: an accepted offer settles the case;
 * a declined or expired one goes to the next supporter ({@link CaseAssignment}).
 * Declining and expiring free capacity, so they take the capacity lock first.
 */
@Service
public class OfferAnswers {

	private static final Logger log = LoggerFactory.getLogger(OfferAnswers.class);

	private final OfferRepository offers;

	private final MatchRequestRepository requests;

	private final CaseAssignment assignment;

	private final Outbox outbox;

	private final CapacityLock capacity;

	private final Clock clock;

	OfferAnswers(OfferRepository offers, MatchRequestRepository requests, CaseAssignment assignment, Outbox outbox,
			CapacityLock capacity, Clock clock) {
		this.offers = offers;
		this.requests = requests;
		this.assignment = assignment;
		this.outbox = outbox;
		this.capacity = capacity;
		this.clock = clock;
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
			this.requests.findForUpdate(offer.caseId()).ifPresent((r) -> this.assignment.reoffer(r, now));
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
		log.info("Offer {} of case {} expired", expired.id(), expired.caseId());
		this.requests.findForUpdate(expired.caseId()).ifPresent((r) -> this.assignment.reoffer(r, now));
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

	private Offer supportersOffer(String supporterId, UUID offerId) {
		return this.offers.findForUpdate(offerId)
			.filter((offer) -> offer.supporterId().equals(supporterId))
			.orElseThrow(() -> new NotFoundException("supporter " + supporterId + " has no offer " + offerId));
	}

}
