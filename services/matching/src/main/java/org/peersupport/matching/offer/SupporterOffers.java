package org.peersupport.matching.offer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.peersupport.matching.directory.Contacts;
import org.peersupport.matching.directory.StaffMember;
import org.peersupport.matching.directory.StaffMemberRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The supporter's side: their offers, and their answers to them. */
@Service
public class SupporterOffers {

	private final OfferAnswers answers;

	private final OfferRepository offers;

	private final StaffMemberRepository staff;

	private final Contacts contacts;

	SupporterOffers(OfferAnswers answers, OfferRepository offers, StaffMemberRepository staff, Contacts contacts) {
		this.contacts = contacts;
		this.answers = answers;
		this.offers = offers;
		this.staff = staff;
	}

	@Transactional(readOnly = true)
	public List<OfferView> list(String supporterId) {
		return this.offers.findBySupporterIdOrderByOfferedAtDesc(supporterId).stream().map(this::view).toList();
	}

	@Transactional
	public OfferView accept(String supporterId, UUID offerId) {
		return view(this.answers.accept(supporterId, offerId));
	}

	@Transactional
	public OfferView decline(String supporterId, UUID offerId) {
		return view(this.answers.decline(supporterId, offerId));
	}

	private OfferView view(Offer offer) {
		Optional<StaffMember> clinician = this.staff.findById(offer.staffId());
		return new OfferView(offer.id().toString(), offer.caseId().toString(), offer.staffId(),
				clinician.flatMap(this.contacts::name).orElse(null),
				clinician.flatMap(this.contacts::email).orElse(null), offer.status(), offer.offeredAt(),
				offer.answeredAt());
	}

}
