package org.peersupport.matching.offer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.matching.directory.Contacts;
import org.peersupport.matching.directory.StaffMember;
import org.peersupport.matching.directory.StaffMemberRepository;
import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.Clinician;
import org.peersupport.matching.engine.MatchEngine;
import org.peersupport.matching.engine.Ranking;
import org.peersupport.matching.engine.RuleVerdict;
import org.peersupport.security.Actor;
import org.peersupport.web.ConflictException;
import org.peersupport.web.InvalidInputException;
import org.peersupport.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator assigns a case by hand to a supporter they name, knowing what the
 * matching rules say about that supporter: every verdict comes from the engine's own hard
 * constraints ({@link MatchEngine#verdicts}), on the case as the engine itself sees it.
 * The offer is the engine's kind of offer (outbox, {@code assignments.offered.v1}, the
 * supporter's e-mail and portal, expiry, explanation), its explanation naming who
 * assigned it and which rules they overrode. A case has at most one live offer: one still
 * open is withdrawn first. Refused, whatever the administrator says: a rule that is not
 * {@link org.peersupport.matching.engine.HardConstraint#overridable() overridable} (the
 * clinician themselves, someone involved in the same event, the clinician's line of
 * management), a supporter who has left, a case already accepted or closed. A case of a
 * facility the administrator is not limited to is not found (404), as elsewhere in
 * matching.
 */
@Service
public class ManualAssignment {

	private static final Logger log = LoggerFactory.getLogger(ManualAssignment.class);

	/** The field of the supporter in the API and the form. */
	public static final String SUPPORTER = "supporterId";

	private final MatchRequestRepository requests;

	private final OfferRepository offers;

	private final CandidatePool pool;

	private final CaseAssignment assignment;

	private final MatchEngine engine;

	private final Offering offering;

	private final CapacityLock capacity;

	private final StaffMemberRepository staff;

	private final Contacts contacts;

	private final Clock clock;

	ManualAssignment(MatchRequestRepository requests, OfferRepository offers, CandidatePool pool,
			CaseAssignment assignment, MatchEngine engine, Offering offering, CapacityLock capacity,
			StaffMemberRepository staff, Contacts contacts, Clock clock) {
		this.requests = requests;
		this.offers = offers;
		this.pool = pool;
		this.assignment = assignment;
		this.engine = engine;
		this.offering = offering;
		this.capacity = capacity;
		this.staff = staff;
		this.contacts = contacts;
		this.clock = clock;
	}

	/** The case as the assignment page shows it. */
	@Transactional(readOnly = true)
	public CaseSummary summary(UUID caseId, Actor actor) {
		MatchRequest request = visible(this.requests.findById(caseId), actor, caseId);
		List<Offer> ofCase = this.offers.findByCaseId(caseId);
		Optional<StaffMember> clinician = this.staff.findById(request.staffId());
		Optional<Offer> live = ofCase.stream().filter((o) -> o.status() == OfferStatus.OFFERED).findFirst();
		Optional<Offer> accepted = ofCase.stream().filter((o) -> o.status() == OfferStatus.ACCEPTED).findFirst();
		return new CaseSummary(caseId, clinician.flatMap(this.contacts::name).orElse(null),
				clinician.map((m) -> m.profile().department()).orElse(null), request.facility(), request.harmLevel(),
				request.highImpact(), request.status().name(), request.reason(),
				live.map(Offer::supporterId).orElse(null), live.map(Offer::expiresAt).orElse(null),
				accepted.map(Offer::supporterId).orElse(null), ofCase.size());
	}

	/**
	 * Every supporter whose name, staff id, department or role contains the search (all
	 * when blank), each with every hard rule's verdict for this case: those who pass
	 * every rule first, best score first, then the others by name.
	 */
	@Transactional(readOnly = true)
	public List<SupporterVerdict> verdicts(UUID caseId, String search, Actor actor) {
		MatchRequest request = visible(this.requests.findById(caseId), actor, caseId);
		Instant now = this.clock.instant();
		List<Offer> ofCase = this.offers.findByCaseId(caseId);
		CaseToMatch matchCase = caseToMatch(request, ofCase);
		String holder = ofCase.stream()
			.filter((o) -> o.status() == OfferStatus.OFFERED)
			.map(Offer::supporterId)
			.findFirst()
			.orElse(null);
		List<Candidate> candidates = this.pool.supporters(now);
		Map<String, StaffMember> members = this.staff.findByVolunteeringSupporterTrue()
			.stream()
			.collect(Collectors.toMap(StaffMember::staffId, Function.identity()));
		Map<String, String> names = this.contacts.names(members.values());
		LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
		List<String> words = words(search);
		return candidates.stream().map((candidate) -> {
			StaffMember member = members.get(candidate.staffId());
			List<RuleVerdict> verdicts = this.engine.verdicts(matchCase, candidate, now);
			return new SupporterVerdict(candidate.staffId(), names.get(candidate.staffId()),
					candidate.work().department(), candidate.work().role(), candidate.workload().activeLoad(),
					candidate.workload().maxActive(), verdicts, this.engine.total(matchCase, candidate),
					hasLeft(member, today), candidate.staffId().equals(holder));
		})
			.filter((verdict) -> verdict.matches(words))
			.sorted(Comparator.comparing((SupporterVerdict v) -> !v.passesEveryRule())
				.thenComparing(Comparator.comparingDouble(SupporterVerdict::score).reversed())
				.thenComparing((v) -> (v.name() != null) ? v.name() : "~")
				.thenComparing(SupporterVerdict::staffId))
			.toList();
	}

	/**
	 * Offers the case to the named supporter, withdrawing an offer of it still open.
	 * @return the new offer, with the rules it overrode
	 */
	@Transactional
	public ManualOffer assign(UUID caseId, String supporterId, Actor actor) {
		if (supporterId == null || supporterId.isBlank()) {
			throw new InvalidInputException(SUPPORTER, "Choose a supporter.");
		}
		this.capacity.acquire();
		// Offers are locked before their case's match request, everywhere.
		List<Offer> ofCase = this.offers.findByCaseIdForUpdate(caseId);
		MatchRequest request = visible(this.requests.findForUpdate(caseId), actor, caseId);
		if (request.status() == MatchStatus.CLOSED) {
			throw new ConflictException("The case is closed: it can no longer be assigned.");
		}
		if (ofCase.stream().anyMatch((o) -> o.status() == OfferStatus.ACCEPTED)) {
			throw new ConflictException("A supporter has already accepted this case.");
		}
		Instant now = this.clock.instant();
		List<Candidate> candidates = this.pool.supporters(now);
		Candidate supporter = candidates.stream()
			.filter((c) -> c.staffId().equals(supporterId))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(SUPPORTER, "is not a peer supporter on the roster."));
		if (hasLeft(this.staff.findById(supporterId).orElse(null), now.atZone(ZoneOffset.UTC).toLocalDate())) {
			throw new InvalidInputException(SUPPORTER, "has left: they can no longer be offered cases.");
		}
		if (ofCase.stream().anyMatch((o) -> o.status() == OfferStatus.OFFERED && o.supporterId().equals(supporterId))) {
			throw new InvalidInputException(SUPPORTER, "already has this case's offer, waiting for their answer.");
		}
		CaseToMatch matchCase = caseToMatch(request, ofCase);
		List<RuleVerdict> verdicts = this.engine.verdicts(matchCase, supporter, now);
		for (RuleVerdict verdict : verdicts) {
			if (!verdict.passes() && !verdict.overridable()) {
				throw new InvalidInputException(SUPPORTER, "cannot be assigned this case, even by hand: "
						+ Character.toLowerCase(verdict.refusal().charAt(0)) + verdict.refusal().substring(1));
			}
		}
		for (Offer open : ofCase) {
			if (open.status() == OfferStatus.OFFERED) {
				this.offers.update(open.withdrawn(now));
				log.info("Offer {} of case {} withdrawn: the case was assigned by hand", open.id(), caseId);
			}
		}
		Ranking ranking = this.engine.rank(matchCase, candidates, now);
		Offer offer = this.offering.offerByHand(request, ranking, supporter, verdicts, actor.auditName(), now);
		return new ManualOffer(offer, verdicts.stream().filter((v) -> !v.passes()).map(RuleVerdict::rule).toList());
	}

	private CaseToMatch caseToMatch(MatchRequest request, List<Offer> ofCase) {
		Clinician clinician = this.pool.clinician(request.staffId())
			.orElseThrow(() -> new ConflictException("The clinician is no longer in the directory."));
		return this.assignment.caseToMatch(request, clinician, ofCase);
	}

	/**
	 * The case, when the administrator's facilities include it; otherwise as if it did
	 * not exist, so another facility's cases are not even confirmed.
	 */
	private static MatchRequest visible(Optional<MatchRequest> request, Actor actor, UUID caseId) {
		return request.filter((r) -> actor.covers(r.facility()))
			.orElseThrow(() -> new NotFoundException("no case " + caseId + " in matching"));
	}

	private static boolean hasLeft(StaffMember member, LocalDate today) {
		return member != null && member.profile().leftOn() != null && !member.profile().leftOn().isAfter(today);
	}

	private static List<String> words(String search) {
		if (search == null || search.isBlank()) {
			return List.of();
		}
		return List.of(search.strip().toLowerCase(Locale.ROOT).split("\\s+"));
	}

	/**
	 * An offer made by hand.
	 *
	 * @param offer the offer
	 * @param overriddenRules the hard constraints the supporter failed, overridden
	 */
	public record ManualOffer(Offer offer, List<String> overriddenRules) {
	}

	/**
	 * A case waiting for (or placed with) a supporter, as the assignment page shows it.
	 *
	 * @param caseId the case
	 * @param clinicianName the clinician's name, or null when it no longer opens
	 * @param clinicianDepartment their department, or null
	 * @param facility the case's facility, or null
	 * @param harmLevel the event's harm level (the harm scale's name), or null
	 * @param highImpact whether the case starts a cool-down for whoever takes it
	 * @param status where matching stands with it: PENDING, OFFERED, ACCEPTED, UNMATCHED
	 * or CLOSED
	 * @param reason why it is unmatched or closed, or null
	 * @param offeredTo the supporter holding its open offer, or null
	 * @param offerExpiresAt when that offer expires, or null
	 * @param acceptedBy the supporter who accepted it, or null
	 * @param offersMade how many offers of it were made in all
	 */
	public record CaseSummary(UUID caseId, String clinicianName, String clinicianDepartment, String facility,
			String harmLevel, boolean highImpact, String status, String reason, String offeredTo,
			Instant offerExpiresAt, String acceptedBy, int offersMade) {
	}

	/**
	 * A supporter with the verdicts of every hard rule on them for one case.
	 *
	 * @param staffId the supporter
	 * @param name their name, or null when it no longer opens
	 * @param department their department, or null
	 * @param role their role, or null
	 * @param activeLoad the offers and cases they carry now
	 * @param maxActive how many they agreed to carry
	 * @param verdicts every hard rule's verdict, in the engine's order
	 * @param score their preference score for the case (higher suits better)
	 * @param left whether they have left
	 * @param holdsOffer whether they hold the case's open offer now
	 */
	public record SupporterVerdict(String staffId, String name, String department, String role, int activeLoad,
			int maxActive, List<RuleVerdict> verdicts, double score, boolean left, boolean holdsOffer) {

		public boolean passesEveryRule() {
			return this.verdicts.stream().allMatch(RuleVerdict::passes);
		}

		/** The rules that refuse them, in the engine's order. */
		public List<RuleVerdict> refusals() {
			return this.verdicts.stream().filter((v) -> !v.passes()).toList();
		}

		/** Whether an administrator may assign them this case by hand. */
		public boolean assignable() {
			return !this.left && !this.holdsOffer && refusals().stream().allMatch(RuleVerdict::overridable);
		}

		boolean matches(List<String> words) {
			String text = String
				.join(" ", (this.name != null) ? this.name : "", this.staffId,
						(this.department != null) ? this.department : "", (this.role != null) ? this.role : "")
				.toLowerCase(Locale.ROOT);
			return words.stream().allMatch(text::contains);
		}

	}

}
