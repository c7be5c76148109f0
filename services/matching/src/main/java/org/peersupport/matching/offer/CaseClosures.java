package org.peersupport.matching.offer;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.events.OutreachClosed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends matching's part in a case when outreach closes it. The accepted offer is completed
 * and frees its supporter's capacity; a pending offer is withdrawn so nobody accepts a
 * case that is over (its expiry timer then finds nothing to do); and the case is never
 * offered again, even if its due arrives after its close. Applying a close twice changes
 * nothing.
 */
@Service
public class CaseClosures {

	private static final Logger log = LoggerFactory.getLogger(CaseClosures.class);

	private final MatchRequestRepository requests;

	private final OfferRepository offers;

	private final CapacityLock capacity;

	private final Clock clock;

	CaseClosures(MatchRequestRepository requests, OfferRepository offers, CapacityLock capacity, Clock clock) {
		this.requests = requests;
		this.offers = offers;
		this.capacity = capacity;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onClosed(UUID caseId, OutreachClosed closed) {
		// Capacity changes: taken like every other decision, so a concurrent assignment
		// sees the case either open or closed, never half of each.
		this.capacity.acquire();
		Instant now = this.clock.instant();
		Instant closedAt = (closed.closedAt() != null) ? closed.closedAt() : now;
		String reason = (closed.reason() != null) ? closed.reason().name() : null;
		for (Offer offer : this.offers.findByCaseIdForUpdate(caseId)) {
			Offer after = offer.caseClosed(closedAt);
			if (after.status() != offer.status()) {
				this.offers.update(after);
				log.info("Case {} closed ({}): offer {} is {}", caseId, reason, offer.id(), after.status());
			}
		}
		Optional<MatchRequest> known = this.requests.findForUpdate(caseId);
		if (known.isEmpty()) {
			// Closed before matching saw it due (the topics are not ordered with each
			// other): remember the close so a late due is ignored.
			this.requests.save(new MatchRequest(caseId, closed.staffId(), "", MatchStatus.CLOSED, reason, now,
					closed.facility(), false, null, 0, null));
		}
		else if (known.get().status() != MatchStatus.CLOSED) {
			this.requests.update(known.get().with(MatchStatus.CLOSED, reason, now));
		}
	}

}
