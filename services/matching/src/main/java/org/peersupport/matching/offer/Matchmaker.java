package org.peersupport.matching.offer;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.AssignmentAccepted;
import org.peersupport.contracts.events.AssignmentDeclined;
import org.peersupport.contracts.events.AssignmentOffered;
import org.peersupport.contracts.events.AssignmentUnmatched;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.contracts.events.UnmatchedReason;
import org.peersupport.matching.directory.StaffMember;
import org.peersupport.matching.directory.StaffMemberRepository;
import org.peersupport.messaging.outbox.Outbox;
import org.peersupport.web.ConflictException;
import org.peersupport.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers due cases to supporters and handles their answers. A case is never dropped: when
 * nobody can take it, matching says so on {@code assignments.unmatched.v1} and outreach
 * escalates it.
 */
@Service
public class Matchmaker {

	private static final Logger log = LoggerFactory.getLogger(Matchmaker.class);

	private final MatchRequestRepository requests;

	private final OfferRepository offers;

	private final StaffMemberRepository staff;

	private final Outbox outbox;

	private final CapacityLock capacity;

	private final Clock clock;

	Matchmaker(MatchRequestRepository requests, OfferRepository offers, StaffMemberRepository staff, Outbox outbox,
			CapacityLock capacity, Clock clock) {
		this.requests = requests;
		this.offers = offers;
		this.staff = staff;
		this.outbox = outbox;
		this.capacity = capacity;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onDue(OutreachDue due) {
		UUID caseId = UUID.fromString(due.caseId());
		Instant now = this.clock.instant();
		Optional<MatchRequest> known = this.requests.findForUpdate(caseId);
		MatchRequest request;
		if (known.isEmpty()) {
			request = this.requests.save(new MatchRequest(caseId, due.staffId(), "", MatchStatus.UNMATCHED, null, now)
				.excluding(Set.copyOf(due.coInvolvedStaffIds()), now));
		}
		else if (known.get().status() != MatchStatus.UNMATCHED) {
			// Already offered or accepted: a coalesced event does not need a second
			// supporter.
			return;
		}
		else {
			request = this.requests.update(known.get().excluding(Set.copyOf(due.coInvolvedStaffIds()), now));
		}
		offerToNextSupporter(request, now);
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
		return answer(supporterId, offerId, OfferStatus.DECLINED, (offer, now) -> {
			this.outbox.publish(Events.ASSIGNMENT_DECLINED, offer.staffId(), offer.caseId().toString(),
					new AssignmentDeclined(offer.id().toString(), offer.caseId().toString(), offer.staffId(),
							supporterId, now));
			this.requests.findForUpdate(offer.caseId()).ifPresent((r) -> offerToNextSupporter(r, now));
		});
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
					+ answer.name().toLowerCase(java.util.Locale.ROOT));
		}
		Instant now = this.clock.instant();
		Offer answered = this.offers.update(offer.answered(answer, now));
		then.accept(answered, now);
		return answered;
	}

	private void offerToNextSupporter(MatchRequest request, Instant now) {
		Optional<StaffMember> clinician = this.staff.findById(request.staffId());
		if (clinician.isEmpty()) {
			unmatched(request, UnmatchedReason.UNKNOWN_STAFF, now);
			return;
		}
		this.capacity.acquire();
		Set<String> excluded = new HashSet<>(request.excluded());
		for (Offer earlier : this.offers.findByCaseId(request.caseId())) {
			excluded.add(earlier.supporterId());
		}
		Optional<StaffMember> supporter = SupporterSelection.choose(clinician.get(),
				this.staff.findBySupporterTrueAndTrainedTrue(), activeLoad(), excluded);
		if (supporter.isEmpty()) {
			unmatched(request, UnmatchedReason.NO_ELIGIBLE_SUPPORTER, now);
			return;
		}
		Offer offer = this.offers.save(Offer.make(request.caseId(), request.staffId(), supporter.get().staffId(), now));
		this.requests.update(request.with(MatchStatus.OFFERED, null, now));
		this.outbox.publish(Events.ASSIGNMENT_OFFERED, offer.staffId(), offer.caseId().toString(),
				new AssignmentOffered(offer.id().toString(), offer.caseId().toString(), offer.staffId(),
						offer.supporterId(), now));
		log.info("Offered case {} to supporter {}", offer.caseId(), offer.supporterId());
	}

	private void unmatched(MatchRequest request, UnmatchedReason reason, Instant now) {
		this.requests.update(request.with(MatchStatus.UNMATCHED, reason.name(), now));
		this.outbox.publish(Events.ASSIGNMENT_UNMATCHED, request.staffId(), request.caseId().toString(),
				new AssignmentUnmatched(request.caseId().toString(), request.staffId(), reason, now));
		log.warn("Case {} could not be matched: {}", request.caseId(), reason);
	}

	private Map<String, Integer> activeLoad() {
		Map<String, Integer> load = new HashMap<>();
		for (SupporterLoad supporter : this.offers.activeLoads()) {
			load.put(supporter.supporterId(), (int) supporter.active());
		}
		return load;
	}

	private Offer supportersOffer(String supporterId, UUID offerId) {
		return this.offers.findById(offerId)
			.filter((offer) -> offer.supporterId().equals(supporterId))
			.orElseThrow(() -> new NotFoundException("supporter " + supporterId + " has no offer " + offerId));
	}

}
