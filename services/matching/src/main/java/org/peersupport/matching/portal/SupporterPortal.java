package org.peersupport.matching.portal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.contracts.events.NeedCode;
import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.matching.checkin.CaseContext;
import org.peersupport.matching.checkin.CrisisResources;
import org.peersupport.matching.checkin.FollowUp;
import org.peersupport.matching.directory.StaffMember;
import org.peersupport.matching.directory.Contacts;
import org.peersupport.matching.directory.StaffMemberRepository;
import org.peersupport.matching.offer.Offer;
import org.peersupport.matching.offer.OfferRepository;
import org.peersupport.matching.offer.OfferStatus;
import org.peersupport.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a supporter's page shows: open offers, active cases with the colleague's contact
 * details, and what the outcome form offers. Never anything clinical.
 */
@Service
class SupporterPortal {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

	static final Map<String, String> CONTACT_LABELS = labels(ContactOutcome.class,
			Map.of(ContactOutcome.REACHED, "I reached them and we talked", ContactOutcome.NOT_REACHED,
					"I could not reach them yet", ContactOutcome.DECLINED,
					"They did not want a check-in, and that is fine"));

	static final Map<String, String> NEED_LABELS = labels(NeedCode.class,
			Map.ofEntries(Map.entry(NeedCode.SLEEP, "Sleep"), Map.entry(NeedCode.WORKLOAD, "Workload or time off"),
					Map.entry(NeedCode.LEGAL_WORRY, "Legal worries"), Map.entry(NeedCode.GRIEF, "Grief"),
					Map.entry(NeedCode.GUILT_OR_SHAME, "Guilt or shame"),
					Map.entry(NeedCode.ANXIETY, "Anxiety or intrusive memories"),
					Map.entry(NeedCode.RETURN_TO_WORK, "Returning to work or to similar cases"),
					Map.entry(NeedCode.FAMILY, "Family or home"),
					Map.entry(NeedCode.DISCLOSURE, "Talking with the patient or family"),
					Map.entry(NeedCode.REPUTATION, "Reputation, media or licensure"),
					Map.entry(NeedCode.OTHER, "Something else")));

	static final Map<String, String> REFERRAL_LABELS = labels(ReferralKind.class,
			Map.ofEntries(Map.entry(ReferralKind.EAP, "Employee assistance program"),
					Map.entry(ReferralKind.THERAPY, "Therapy or counselling"),
					Map.entry(ReferralKind.PSYCHIATRY, "Psychiatry"), Map.entry(ReferralKind.LEGAL, "Legal advice"),
					Map.entry(ReferralKind.DISCLOSURE_COACHING, "Disclosure and apology coaching"),
					Map.entry(ReferralKind.CHAPLAINCY, "Chaplaincy or spiritual care"),
					Map.entry(ReferralKind.CRISIS_LINE, "A crisis line"),
					Map.entry(ReferralKind.FINANCIAL, "Financial counselling"),
					Map.entry(ReferralKind.OTHER, "Another resource")));

	private final OfferRepository offers;

	private final StaffMemberRepository staff;

	private final CaseContext cases;

	private final CrisisResources crisis;

	private final Contacts contacts;

	SupporterPortal(OfferRepository offers, StaffMemberRepository staff, CaseContext cases, CrisisResources crisis,
			Contacts contacts) {
		this.contacts = contacts;
		this.offers = offers;
		this.staff = staff;
		this.cases = cases;
		this.crisis = crisis;
	}

	/**
	 * The page.
	 *
	 * @param supporterName who it is for
	 * @param offers offers waiting for an answer
	 * @param cases accepted cases
	 * @param crisis the crisis resources where no facility is known
	 */
	record Page(String supporterName, List<OfferCard> offers, List<CaseCard> cases, CrisisResources.Resources crisis) {
	}

	/**
	 * An open offer.
	 *
	 * @param offerId the offer
	 * @param colleague the colleague's name
	 * @param offeredAt when, formatted
	 */
	record OfferCard(String offerId, String colleague, String offeredAt) {
	}

	/**
	 * An accepted case.
	 *
	 * @param offerId the accepted offer
	 * @param colleague the colleague's name
	 * @param email their e-mail, or null
	 * @param acceptedAt when it was accepted, formatted
	 * @param followUps follow-ups due that no check-in has answered
	 * @param localEmergency the case's facility's emergency instructions
	 */
	record CaseCard(String offerId, String colleague, String email, String acceptedAt, List<FollowUpChoice> followUps,
			String localEmergency) {
	}

	/**
	 * A follow-up a check-in can answer.
	 *
	 * @param id the follow-up
	 * @param dueAt when it is due, formatted
	 */
	record FollowUpChoice(String id, String dueAt) {
	}

	@Transactional(readOnly = true)
	Page page(String supporterId) {
		StaffMember supporter = this.staff.findById(supporterId)
			.orElseThrow(() -> new NotFoundException("no supporter " + supporterId));
		List<OfferCard> open = new ArrayList<>();
		List<CaseCard> active = new ArrayList<>();
		for (Offer offer : this.offers.findBySupporterIdOrderByOfferedAtDesc(supporterId)) {
			Optional<StaffMember> colleague = this.staff.findById(offer.staffId());
			String name = colleague.flatMap(this.contacts::name).orElse("A colleague");
			if (offer.status() == OfferStatus.OFFERED) {
				open.add(new OfferCard(offer.id().toString(), name, format(offer.offeredAt())));
			}
			else if (offer.status() == OfferStatus.ACCEPTED) {
				List<FollowUpChoice> followUps = this.cases.openFollowUps(offer.caseId(), offer.id())
					.stream()
					.map((FollowUp f) -> new FollowUpChoice(f.followUpId(), format(f.dueAt())))
					.toList();
				String facility = this.cases.facility(offer.caseId()).orElse(null);
				active
					.add(new CaseCard(offer.id().toString(), name, colleague.flatMap(this.contacts::email).orElse(null),
							format(offer.answeredAt()), followUps, this.crisis.forFacility(facility).localEmergency()));
			}
		}
		return new Page(this.contacts.name(supporter).orElse(""), open, active, this.crisis.forFacility(null));
	}

	@Transactional(readOnly = true)
	String colleagueName(Offer offer) {
		return this.staff.findById(offer.staffId()).flatMap(this.contacts::name).orElse("a colleague");
	}

	@Transactional(readOnly = true)
	Offer offer(java.util.UUID offerId) {
		return this.offers.findById(offerId).orElseThrow(() -> new NotFoundException("no offer " + offerId));
	}

	static String format(Instant at) {
		return (at != null) ? WHEN.format(at.atOffset(ZoneOffset.UTC)) : "";
	}

	/**
	 * Every code in declaration order, with its label, or its name if it has none yet.
	 */
	private static <E extends Enum<E>> Map<String, String> labels(Class<E> codes, Map<E, String> labels) {
		Map<String, String> map = new LinkedHashMap<>();
		for (E code : codes.getEnumConstants()) {
			map.put(code.name(), labels.getOrDefault(code, code.name()));
		}
		return map;
	}

}
