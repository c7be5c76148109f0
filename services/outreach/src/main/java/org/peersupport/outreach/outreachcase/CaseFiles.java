package org.peersupport.outreach.outreachcase;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.peersupport.outreach.escalation.EscalationEntry;
import org.peersupport.outreach.escalation.Escalations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console's reading of cases: the worklist, oldest first, and one case with its
 * history. The administrator's facilities only, and, as the API, never how a check-in
 * went: a case an administrator closed as declined shows who closed it, not why.
 */
@Service
public class CaseFiles {

	private final OutreachCaseRepository cases;

	private final CaseEventRepository caseEvents;

	private final Escalations escalations;

	private final OutreachCaseQueries queries;

	private final CaseActions actions;

	CaseFiles(OutreachCaseRepository cases, CaseEventRepository caseEvents, Escalations escalations,
			OutreachCaseQueries queries, CaseActions actions) {
		this.cases = cases;
		this.caseEvents = caseEvents;
		this.escalations = escalations;
		this.queries = queries;
		this.actions = actions;
	}

	/** The cases that need the administrator, the longest waiting first. */
	@Transactional(readOnly = true)
	public List<CaseFile> worklist(Predicate<String> covered) {
		return this.cases.findNeedingAttention()
			.stream()
			.filter((c) -> covered.test(c.facility()))
			.map((c) -> file(c, covered))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(CaseFile::waitingSince))
			.toList();
	}

	/** One case, empty when it does not exist or is another facility's. */
	@Transactional(readOnly = true)
	public Optional<CaseFile> find(UUID caseId, Predicate<String> covered) {
		return this.cases.findById(caseId).filter((c) -> covered.test(c.facility())).flatMap((c) -> file(c, covered));
	}

	private Optional<CaseFile> file(OutreachCase c, Predicate<String> covered) {
		return this.queries.forProgram(c.id(), covered).map((view) -> {
			List<EscalationEntry> history = this.escalations.history(c.id());
			var waitingSince = history.stream()
				.filter(EscalationEntry::isOpen)
				.map(EscalationEntry::escalatedAt)
				.min(Comparator.naturalOrder())
				.orElse(c.lifetime().updatedAt());
			List<CaseFile.EventEntry> events = this.caseEvents.findByCaseIdOrderByAddedAt(c.id())
				.stream()
				.map((e) -> new CaseFile.EventEntry(e.role(), others(e.coInvolved()), e.addedAt()))
				.toList();
			List<CaseActionEntry> done = this.actions.history(c.id())
				.stream()
				.map((a) -> AdministratorClosure.DECLINED_ELSEWHERE.name().equals(a.detail())
						? new CaseActionEntry(a.action(), null, a.actor(), a.at()) : a)
				.toList();
			return new CaseFile(view, c.facility(), c.reported().harm(), c.lifetime().openedAt(),
					c.lifetime().closedAt(), waitingSince, history, events, done);
		});
	}

	private static int others(String coInvolved) {
		return (coInvolved == null || coInvolved.isBlank()) ? 0 : coInvolved.split(",").length;
	}

}
