package org.peersupport.matching.offer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.matching.engine.MatchingPolicy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in the cases that are due and decides when they are assigned: at once, or
 * together with every case collected in the batch window. The assigning itself is
 * {@link CaseAssignment}'s; supporters' answers are {@link OfferAnswers}'. Every decision
 * that touches capacity takes the capacity lock first, so decisions never interleave or
 * deadlock.
 */
@Service
public class Matchmaker {

	private final MatchRequestRepository requests;

	private final CaseAssignment assignment;

	private final OfferTimers timers;

	private final CapacityLock capacity;

	private final MatchingPolicy policy;

	private final RequestedSupportBook requested;

	private final Clock clock;

	Matchmaker(MatchRequestRepository requests, CaseAssignment assignment, OfferTimers timers, CapacityLock capacity,
			MatchingPolicy policy, RequestedSupportBook requested, Clock clock) {
		this.requests = requests;
		this.requested = requested;
		this.assignment = assignment;
		this.timers = timers;
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
		String harm = (due.harm() != null) ? due.harm().name() : null;
		Optional<MatchRequest> known = this.requests.findForUpdate(caseId);
		MatchRequest request;
		if (known.isEmpty()) {
			request = this.requests.save(new MatchRequest(caseId, due.staffId(), "", MatchStatus.PENDING, null, now,
					due.facility(), due.highImpact(), due.respondBy(), 0, harm)
				.dueAgain(coInvolved, due.facility(), due.highImpact(), due.respondBy(), harm, now));
		}
		else if (known.get().status() != MatchStatus.UNMATCHED) {
			return;
		}
		else {
			request = this.requests.update(known.get()
				.dueAgain(coInvolved, due.facility(), due.highImpact(), due.respondBy(), harm, now)
				.with(MatchStatus.PENDING, null, now));
		}
		this.requested.record(caseId, due.preferences(), now);
		if (this.policy.batch().window().isZero()) {
			this.assignment.assign(List.of(request), now);
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
			this.assignment.assign(pending, this.clock.instant());
		}
		return pending.size();
	}

}
