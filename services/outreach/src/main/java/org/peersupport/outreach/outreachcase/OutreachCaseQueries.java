package org.peersupport.outreach.outreachcase;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

import org.peersupport.contracts.events.CloseReason;
import org.peersupport.outreach.escalation.Escalations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of cases for the API. */
@Service
public class OutreachCaseQueries {

	private final OutreachCaseRepository cases;

	private final CaseEventRepository caseEvents;

	private final Escalations escalations;

	OutreachCaseQueries(OutreachCaseRepository cases, CaseEventRepository caseEvents, Escalations escalations) {
		this.cases = cases;
		this.caseEvents = caseEvents;
		this.escalations = escalations;
	}

	/**
	 * Everything about a clinician's cases, for the service's own use: the API shows
	 * administrators {@link #forProgram} and clinicians {@link #ownCases} instead.
	 */
	@Transactional(readOnly = true)
	public List<OutreachCaseView> forClinician(String staffId) {
		return this.cases.findByStaffIdOrderByOpenedAtDesc(staffId).stream().map(this::view).toList();
	}

	/**
	 * The cases an administrator sees: one clinician's, or those with a status, of the
	 * facilities the administrator covers only, and never how a check-in went.
	 * {@code NEEDS_ATTENTION} is the administrator's worklist, which also holds open
	 * cases with any unresolved escalation.
	 * @param staffId the clinician, or null for every clinician
	 * @param status the status, or null for any (a clinician's cases only)
	 * @param coveredFacility whether the administrator covers a case's facility (null
	 * when the case names none)
	 */
	@Transactional(readOnly = true)
	public List<OutreachCaseView> forProgram(String staffId, CaseStatus status, Predicate<String> coveredFacility) {
		List<OutreachCase> found;
		if (staffId != null) {
			found = this.cases.findByStaffIdOrderByOpenedAtDesc(staffId)
				.stream()
				.filter((c) -> status == null || c.status() == status)
				.toList();
		}
		else {
			found = (status == CaseStatus.NEEDS_ATTENTION) ? this.cases.findNeedingAttention()
					: this.cases.findByStatusOrderByUpdatedAt(status);
		}
		return found.stream()
			.filter((c) -> coveredFacility.test(c.facility()))
			.map(this::view)
			.map(OutreachCaseQueries::withoutCheckinOutcome)
			.toList();
	}

	/**
	 * The clinician's own cases, as they may see them.
	 * @param status the status, or null for any
	 */
	@Transactional(readOnly = true)
	public List<OwnCaseView> ownCases(String staffId, CaseStatus status) {
		return this.cases.findByStaffIdOrderByOpenedAtDesc(staffId)
			.stream()
			.filter((c) -> status == null || c.status() == status)
			.map(OwnCaseView::of)
			.toList();
	}

	/**
	 * Everyone involved in an event, as one of its cases recorded it: the case's
	 * clinician and everyone else involved.
	 */
	@Transactional(readOnly = true)
	public List<String> involvedIn(UUID caseId, String eventId) {
		return this.cases.findById(caseId).map((found) -> {
			TreeSet<String> involved = new TreeSet<>();
			involved.add(found.staffId());
			this.caseEvents.findByCaseIdOrderByAddedAt(caseId)
				.stream()
				.filter((caseEvent) -> caseEvent.eventId().equals(eventId) && !caseEvent.coInvolved().isEmpty())
				.forEach((caseEvent) -> involved.addAll(List.of(caseEvent.coInvolved().split(","))));
			return List.copyOf(involved);
		}).orElse(List.of());
	}

	/**
	 * One case as an administrator sees it, if they cover its facility: empty as for a
	 * case that does not exist, so another facility's case is not even confirmed.
	 */
	@Transactional(readOnly = true)
	public Optional<OutreachCaseView> forProgram(UUID caseId, Predicate<String> coveredFacility) {
		return this.cases.findById(caseId)
			.filter((c) -> coveredFacility.test(c.facility()))
			.map(this::view)
			.map(OutreachCaseQueries::withoutCheckinOutcome);
	}

	@Transactional(readOnly = true)
	public Optional<OutreachCase> find(UUID caseId) {
		return this.cases.findById(caseId);
	}

	/**
	 * No role reads a check-in's outcome joined to a named clinician: a case that closed
	 * because the check-in happened, or because the clinician said no, shows as closed
	 * without its reason.
	 */
	private static OutreachCaseView withoutCheckinOutcome(OutreachCaseView v) {
		if (v.closeReason() != CloseReason.COMPLETED && v.closeReason() != CloseReason.DECLINED_BY_CLINICIAN) {
			return v;
		}
		return new OutreachCaseView(v.id(), v.staffId(), v.status(), v.eventIds(), v.dueAt(), v.windowEndsAt(),
				v.offeredAt(), v.supporterId(), v.attentionReason(), v.escalations(), null, v.source());
	}

	private OutreachCaseView view(OutreachCase c) {
		List<String> eventIds = this.caseEvents.findByCaseIdOrderByAddedAt(c.id())
			.stream()
			.map((caseEvent) -> caseEvent.eventId())
			.toList();
		return new OutreachCaseView(c.id().toString(), c.staffId(), c.status(), eventIds, c.offer().dueAt(),
				c.windowEndsAt(), c.offer().offeredAt(), c.offer().supporterId(), c.attentionReason(),
				this.escalations.openReasons(c.id()), c.lifetime().closeReason(), c.source());
	}

}
