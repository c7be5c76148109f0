package org.peersupport.outreach.assignment;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.events.AssignmentAccepted;
import org.peersupport.contracts.events.AssignmentDeclined;
import org.peersupport.contracts.events.AssignmentExpired;
import org.peersupport.contracts.events.AssignmentOffered;
import org.peersupport.contracts.events.AssignmentUnmatched;
import org.peersupport.contracts.events.EscalationReasons;
import org.peersupport.outreach.escalation.Escalations;
import org.peersupport.outreach.outreachcase.CaseEscalation;
import org.peersupport.outreach.outreachcase.CaseStatus;
import org.peersupport.outreach.outreachcase.OutreachCase;
import org.peersupport.outreach.outreachcase.OutreachCaseRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows matching's progress on a case. Offers, declines and failures arrive on
 * different topics, so their relative order is not guaranteed: each change locks the case
 * and checks that it still applies.
 */
@Service
public class AssignmentProgress {

	private static final Logger log = LoggerFactory.getLogger(AssignmentProgress.class);

	private final OutreachCaseRepository cases;

	private final Escalations escalations;

	private final CaseEscalation escalation;

	private final Clock clock;

	AssignmentProgress(OutreachCaseRepository cases, Escalations escalations, CaseEscalation escalation, Clock clock) {
		this.cases = cases;
		this.escalations = escalations;
		this.escalation = escalation;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onOffered(AssignmentOffered offer) {
		find(offer.caseId()).filter((c) -> c.status() != CaseStatus.ACCEPTED && c.status() != CaseStatus.CLOSED)
			.ifPresent((c) -> this.cases.update(c.offeredTo(offer.supporterId(), offer.offeredAt(), now())));
	}

	/** Someone is coming: the escalations that asked for a supporter are answered. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void onAccepted(AssignmentAccepted accepted) {
		find(accepted.caseId()).filter(OutreachCase::isOpen).ifPresent((c) -> {
			this.cases.update(c.acceptedBy(accepted.supporterId(), now()));
			this.escalations.resolve(c.id(), Escalations.ANSWERED_BY_ACCEPTANCE);
		});
	}

	/**
	 * A decline only matters while that supporter's offer is the live one; the re-offer
	 * follows.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void onDeclined(AssignmentDeclined declined) {
		find(declined.caseId())
			.filter((c) -> c.status() == CaseStatus.OFFERED && declined.supporterId().equals(c.offer().supporterId()))
			.ifPresent((c) -> log.info("Supporter declined case {}; awaiting re-offer", c.id()));
	}

	/**
	 * Matching re-offers an expired offer. Offers expire by the end of the window at the
	 * latest, so one that expired at or after it means the window was missed.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void onExpired(AssignmentExpired expired) {
		find(expired.caseId()).filter(OutreachCase::awaitsAcceptance).ifPresent((c) -> {
			if (!expired.expiredAt().isBefore(c.windowEndsAt())) {
				this.escalation.escalate(c, EscalationReasons.WINDOW_MISSED, false);
			}
			else {
				log.info("Offer {} for case {} expired; awaiting re-offer", expired.offerId(), c.id());
			}
		});
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onUnmatched(AssignmentUnmatched unmatched) {
		find(unmatched.caseId()).filter((c) -> c.status() == CaseStatus.SCHEDULED || c.status() == CaseStatus.OFFERED)
			.ifPresent((c) -> this.escalation.escalate(c, unmatched.reason().name(), true));
	}

	private Optional<OutreachCase> find(String caseId) {
		try {
			return this.cases.findByIdForUpdate(UUID.fromString(caseId));
		}
		catch (IllegalArgumentException ex) {
			log.warn("Assignment event for a case id that is not ours: {}", caseId);
			return Optional.empty();
		}
	}

	private java.time.Instant now() {
		return this.clock.instant();
	}

}
