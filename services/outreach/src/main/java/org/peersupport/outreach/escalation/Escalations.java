package org.peersupport.outreach.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.EscalationReasons;
import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.OutreachEscalated;
import org.peersupport.messaging.outbox.Outbox;

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

	private final EscalationRepository escalations;

	private final Outbox outbox;

	private final Clock clock;

	Escalations(EscalationRepository escalations, Outbox outbox, Clock clock) {
		this.escalations = escalations;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Records an escalation of a case and announces it. The caller checks that the same
	 * reason is not open already (a team debrief is proposed once per event instead).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void raise(UUID caseId, String staffId, CaseSource source, String reason, Instant at) {
		this.escalations.save(new Escalation(UUID.randomUUID(), caseId, staffId, reason, at, null));
		this.outbox.publish(Events.OUTREACH_ESCALATED, staffId, caseId.toString(),
				new OutreachEscalated(caseId.toString(), staffId, reason, at, source));
		log.warn("Outreach case {} escalated: {}", caseId, reason);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void resolve(UUID caseId, List<String> reasons) {
		for (String reason : reasons) {
			this.escalations.resolve(caseId, reason, this.clock.instant());
		}
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void resolveAll(UUID caseId) {
		this.escalations.resolveAll(caseId, this.clock.instant());
	}

	public boolean isOpen(UUID caseId, String reason) {
		return this.escalations.existsByCaseIdAndReasonAndResolvedAtIsNull(caseId, reason);
	}

	/** The unresolved escalation reasons of a case, oldest first. */
	public List<String> openReasons(UUID caseId) {
		return this.escalations.findByCaseIdAndResolvedAtIsNullOrderByEscalatedAt(caseId)
			.stream()
			.map(Escalation::reason)
			.toList();
	}

	/**
	 * Every escalation of a case, resolved ones too, oldest first: the worklist's
	 * "waiting since" and the case's timeline.
	 */
	public List<EscalationEntry> history(UUID caseId) {
		return this.escalations.findByCaseIdOrderByEscalatedAt(caseId)
			.stream()
			.map((e) -> new EscalationEntry(e.reason(), e.escalatedAt(), e.resolvedAt()))
			.toList();
	}

}
