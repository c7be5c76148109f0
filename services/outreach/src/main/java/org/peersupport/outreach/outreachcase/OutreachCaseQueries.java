package org.peersupport.outreach.outreachcase;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of cases for the API. */
@Service
public class OutreachCaseQueries {

	private final OutreachCaseRepository cases;

	private final CaseEventRepository caseEvents;

	OutreachCaseQueries(OutreachCaseRepository cases, CaseEventRepository caseEvents) {
		this.cases = cases;
		this.caseEvents = caseEvents;
	}

	@Transactional(readOnly = true)
	public List<OutreachCaseView> forClinician(String staffId) {
		return this.cases.findByStaffIdOrderByOpenedAtDesc(staffId).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public List<OutreachCaseView> withStatus(CaseStatus status) {
		return this.cases.findByStatusOrderByUpdatedAt(status).stream().map(this::view).toList();
	}

	private OutreachCaseView view(OutreachCase c) {
		List<String> eventIds = this.caseEvents.findByCaseIdOrderByAddedAt(c.id())
			.stream()
			.map((caseEvent) -> caseEvent.eventId())
			.toList();
		return new OutreachCaseView(c.id().toString(), c.staffId(), c.status(), eventIds, c.dueAt(), c.offeredAt(),
				c.supporterId(), c.attentionReason());
	}

}
