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

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the program administrator that a case needs them: records the escalation (so the
 * worklist shows it until it is resolved) and publishes {@code outreach.escalated.v1}, in
 * the caller's transaction. It knows a case by its id only; marking the case itself is
 * the case's business ({@code CaseEscalation}), so cases depend on escalations and never
 * the other way round.
 */
@Service
public class Escalations {

	/** Reasons that an accepting supporter answers. */
	public static final List<String> ANSWERED_BY_ACCEPTANCE = List.of(EscalationReasons.WINDOW_AT_RISK,
			EscalationReasons.WINDOW_MISSED, EscalationReasons.NO_ELIGIBLE_SUPPORTER,
			EscalationReasons.OFFERS_EXHAUSTED, EscalationReasons.UNKNOWN_STAFF);

	private static final Logger log = LoggerFactory.getLogger(Escalations.class);

	private final JdbcTemplate jdbc;

	private final Outbox outbox;

	private final Clock clock;

	Escalations(JdbcTemplate jdbc, Outbox outbox, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Records an escalation of a case and announces it. The caller checks that the same
	 * reason is not open already (a team debrief is proposed once per event instead).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void raise(UUID caseId, String staffId, String reason, Instant at) {
		this.jdbc.update("INSERT INTO escalation (id, case_id, staff_id, reason, escalated_at) VALUES (?, ?, ?, ?, ?)",
				UUID.randomUUID(), caseId, staffId, reason, Timestamp.from(at));
		this.outbox.publish(Events.OUTREACH_ESCALATED, staffId, caseId.toString(),
				new OutreachEscalated(caseId.toString(), staffId, reason, at));
		log.warn("Outreach case {} escalated: {}", caseId, reason);
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
