package org.peersupport.outreach.outreachcase;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.peersupport.contracts.events.CloseReason;
import org.peersupport.web.ConflictException;
import org.peersupport.web.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to a case by hand, from the console or the API alike: record
 * that they reached the clinician outside the platform, or close it with a reason from a
 * fixed list. Either closes the case through {@link CaseClosing}, so matching withdraws
 * its offers and the dashboard counts the outcome from {@code outreach.closed.v1}, and
 * records who did it and how (codes, never text) in one transaction.
 */
@Service
public class CaseActions {

	private final OutreachCaseRepository cases;

	private final CaseClosing closing;

	private final OutreachCaseQueries queries;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CaseActions(OutreachCaseRepository cases, CaseClosing closing, OutreachCaseQueries queries, JdbcTemplate jdbc,
			Clock clock) {
		this.cases = cases;
		this.closing = closing;
		this.queries = queries;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The clinician was reached outside the platform: the case closes as handled.
	 * @param how how, or null when the administrator did not say
	 * @param covered whether the administrator covers a case's facility
	 * @throws NotFoundException for a case that does not exist or is another facility's
	 * @throws ConflictException for a closed case
	 */
	@Transactional
	public OutreachCaseView recordOutsideContact(UUID caseId, OutsideContact how, String actor,
			Predicate<String> covered) {
		OutreachCase found = lockOpen(caseId, covered);
		record(found.id(), CaseActionEntry.OUTSIDE_CONTACT, (how != null) ? how.name() : null, actor);
		this.closing.close(found, CloseReason.CONTACTED_OUTSIDE_PLATFORM);
		return view(caseId, covered);
	}

	/**
	 * Closes the case for one of the program's reasons.
	 * @throws NotFoundException for a case that does not exist or is another facility's
	 * @throws ConflictException for a closed case
	 */
	@Transactional
	public OutreachCaseView close(UUID caseId, AdministratorClosure reason, String actor, Predicate<String> covered) {
		OutreachCase found = lockOpen(caseId, covered);
		record(found.id(), CaseActionEntry.CLOSED, reason.name(), actor);
		this.closing.close(found, reason.closeReason());
		return view(caseId, covered);
	}

	/** What administrators did to the case, oldest first. */
	@Transactional(readOnly = true)
	public List<CaseActionEntry> history(UUID caseId) {
		return this.jdbc.query(
				"SELECT action, detail, actor, acted_at FROM case_action WHERE case_id = ? ORDER BY acted_at, id",
				(rs, i) -> new CaseActionEntry(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant()),
				caseId);
	}

	private OutreachCase lockOpen(UUID caseId, Predicate<String> covered) {
		OutreachCase found = this.cases.findByIdForUpdate(caseId)
			.filter((c) -> covered.test(c.facility()))
			.orElseThrow(() -> new NotFoundException("No outreach case " + caseId));
		if (!found.isOpen()) {
			throw new ConflictException("The outreach case is closed already");
		}
		return found;
	}

	private void record(UUID caseId, String action, String detail, String actor) {
		Instant now = this.clock.instant();
		this.jdbc.update(
				"INSERT INTO case_action (id, case_id, action, detail, actor, acted_at) VALUES (?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), caseId, action, detail, actor, Timestamp.from(now));
	}

	private OutreachCaseView view(UUID caseId, Predicate<String> covered) {
		return this.queries.forProgram(caseId, covered).orElseThrow();
	}

}
