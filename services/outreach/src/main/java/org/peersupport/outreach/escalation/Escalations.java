package org.peersupport.outreach.escalation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.EscalationReasons;
import org.peersupport.contracts.events.OutreachEscalated;
import org.peersupport.messaging.outbox.Outbox;
import org.peersupport.outreach.outreachcase.OutreachCase;
import org.peersupport.outreach.outreachcase.OutreachCaseRepository;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the program administrator that a case needs them: records the escalation (so the
 * worklist shows it until it is resolved), marks the case and publishes
 * {@code outreach.escalated.v1}, all in the caller's transaction.
 */
@Service
public class Escalations {

	/** Reasons that an accepting supporter answers. */
	public static final List<String> ANSWERED_BY_ACCEPTANCE = List.of(EscalationReasons.WINDOW_AT_RISK,
			EscalationReasons.WINDOW_MISSED, EscalationReasons.NO_ELIGIBLE_SUPPORTER,
			EscalationReasons.OFFERS_EXHAUSTED, EscalationReasons.UNKNOWN_STAFF);

	private static final Logger log = LoggerFactory.getLogger(Escalations.class);

	private final JdbcTemplate jdbc;

	private final OutreachCaseRepository cases;

	private final Outbox outbox;

	private final Clock clock;

	Escalations(JdbcTemplate jdbc, OutreachCaseRepository cases, Outbox outbox, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.outbox = outbox;
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
		this.jdbc.update("INSERT INTO escalation (id, case_id, staff_id, reason, escalated_at) VALUES (?, ?, ?, ?, ?)",
				UUID.randomUUID(), outreachCase.id(), outreachCase.staffId(), reason, Timestamp.from(now));
		OutreachCase escalated = this.cases.update(
				sendToAdministrator ? outreachCase.needingAttention(reason, now) : outreachCase.flagged(reason, now));
		this.outbox.publish(Events.OUTREACH_ESCALATED, escalated.staffId(), escalated.id().toString(),
				new OutreachEscalated(escalated.id().toString(), escalated.staffId(), reason, now));
		log.warn("Outreach case {} escalated: {}", escalated.id(), reason);
		return escalated;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void resolve(UUID caseId, List<String> reasons) {
		for (String reason : reasons) {
			this.jdbc.update(
					"UPDATE escalation SET resolved_at = ? WHERE case_id = ? AND reason = ? AND resolved_at IS NULL",
					Timestamp.from(this.clock.instant()), caseId, reason);
		}
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void resolveAll(UUID caseId) {
		this.jdbc.update("UPDATE escalation SET resolved_at = ? WHERE case_id = ? AND resolved_at IS NULL",
				Timestamp.from(this.clock.instant()), caseId);
	}

	public boolean isOpen(UUID caseId, String reason) {
		return !this.jdbc
			.queryForList("SELECT 1 FROM escalation WHERE case_id = ? AND reason = ? AND resolved_at IS NULL",
					Integer.class, caseId, reason)
			.isEmpty();
	}

	/** The unresolved escalation reasons of a case, oldest first. */
	public List<String> openReasons(UUID caseId) {
		return this.jdbc.queryForList(
				"SELECT reason FROM escalation WHERE case_id = ? AND resolved_at IS NULL ORDER BY escalated_at",
				String.class, caseId);
	}

}
