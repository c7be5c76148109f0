package org.peersupport.outreach.outreachcase;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.peersupport.contracts.events.EscalationReasons;
import org.peersupport.outreach.escalation.Escalations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates a case: marks it (sent to the administrator, or flagged where it stands) and
 * has {@link Escalations} record and announce the reason, in the caller's transaction.
 */
@Service
public class CaseEscalation {

	private final OutreachCaseRepository cases;

	private final Escalations escalations;

	private final Clock clock;

	CaseEscalation(OutreachCaseRepository cases, Escalations escalations, Clock clock) {
		this.cases = cases;
		this.escalations = escalations;
		this.clock = clock;
	}

	/**
	 * Escalates a case unless the same reason is already open for it (a team debrief is
	 * proposed once per event instead, which its caller ensures).
	 * @param sendToAdministrator whether the case itself moves to NEEDS_ATTENTION
	 * (matching gave up) or keeps its status (a live offer stays live)
	 * @return the case as it is now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutreachCase escalate(OutreachCase outreachCase, String reason, boolean sendToAdministrator) {
		if (!EscalationReasons.TEAM_DEBRIEF_PROPOSED.equals(reason) && isOpen(outreachCase.id(), reason)) {
			return outreachCase;
		}
		Instant now = this.clock.instant();
		OutreachCase escalated = this.cases.update(
				sendToAdministrator ? outreachCase.needingAttention(reason, now) : outreachCase.flagged(reason, now));
		this.escalations.raise(escalated.id(), escalated.staffId(), escalated.source(), reason, now);
		return escalated;
	}

	/**
	 * Escalates a case by its id, with its row locked, leaving its status as it is (a
	 * team debrief's reasons are about the team, not the case's offer).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void flag(UUID caseId, String reason) {
		this.cases.findByIdForUpdate(caseId).ifPresent((found) -> escalate(found, reason, false));
	}

	/**
	 * The clinician left the staff directory: an open case of theirs can no longer be
	 * matched or followed up as planned, so it goes to the administrator, announced like
	 * any escalation.
	 */
	@Transactional
	public void onLeftDirectory(String staffId) {
		this.cases.findOpenCaseForUpdate(staffId)
			.ifPresent((found) -> escalate(found, EscalationReasons.LEFT_DIRECTORY, true));
	}

	boolean isOpen(UUID caseId, String reason) {
		return this.escalations.isOpen(caseId, reason);
	}

}
