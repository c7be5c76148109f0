package org.peersupport.outreach.outreachcase;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

	@Transactional(readOnly = true)
	public List<OutreachCaseView> forClinician(String staffId) {
		return this.cases.findByStaffIdOrderByOpenedAtDesc(staffId).stream().map(this::view).toList();
	}

	/**
	 * Cases with a status; {@code NEEDS_ATTENTION} is the administrator's worklist, which
	 * also holds open cases with any unresolved escalation.
	 */
	@Transactional(readOnly = true)
	public List<OutreachCaseView> withStatus(CaseStatus status) {
		List<OutreachCase> found = (status == CaseStatus.NEEDS_ATTENTION) ? this.cases.findNeedingAttention()
				: this.cases.findByStatusOrderByUpdatedAt(status);
		return found.stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<OutreachCase> find(UUID caseId) {
		return this.cases.findById(caseId);
	}

	private OutreachCaseView view(OutreachCase c) {
		List<String> eventIds = this.caseEvents.findByCaseIdOrderByAddedAt(c.id())
			.stream()
			.map((caseEvent) -> caseEvent.eventId())
			.toList();
		return new OutreachCaseView(c.id().toString(), c.staffId(), c.status(), eventIds, c.dueAt(), c.windowEndsAt(),
				c.offeredAt(), c.supporterId(), c.attentionReason(), this.escalations.openReasons(c.id()),
				c.closeReason());
	}

}
