package org.peersupport.outreach.assignment;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.AssignmentAccepted;
import org.peersupport.contracts.events.AssignmentDeclined;
import org.peersupport.contracts.events.AssignmentOffered;
import org.peersupport.contracts.events.AssignmentUnmatched;
import org.peersupport.contracts.events.OutreachEscalated;
import org.peersupport.messaging.outbox.Outbox;
import org.peersupport.outreach.outreachcase.CaseStatus;
import org.peersupport.outreach.outreachcase.OutreachCase;
import org.peersupport.outreach.outreachcase.OutreachCaseRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows matching's progress on a case. Offers, declines and failures arrive on
 * different topics, so their relative order is not guaranteed: each change checks that it
 * still applies.
 */
@Service
public class AssignmentProgress {

	private static final Logger log = LoggerFactory.getLogger(AssignmentProgress.class);

	private final OutreachCaseRepository cases;

	private final Outbox outbox;

	private final Clock clock;

	AssignmentProgress(OutreachCaseRepository cases, Outbox outbox, Clock clock) {
		this.cases = cases;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onOffered(AssignmentOffered offer) {
		find(offer.caseId()).filter((c) -> c.status() != CaseStatus.ACCEPTED && c.status() != CaseStatus.CLOSED)
			.ifPresent((c) -> this.cases.update(c.offeredTo(offer.supporterId(), offer.offeredAt(), now())));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onAccepted(AssignmentAccepted accepted) {
		find(accepted.caseId()).filter((c) -> c.status() != CaseStatus.CLOSED)
			.ifPresent((c) -> this.cases.update(c.acceptedBy(accepted.supporterId(), now())));
	}

	/**
	 * A decline only matters while that supporter's offer is the live one; the re-offer
	 * follows.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void onDeclined(AssignmentDeclined declined) {
		find(declined.caseId())
			.filter((c) -> c.status() == CaseStatus.OFFERED && declined.supporterId().equals(c.supporterId()))
			.ifPresent((c) -> log.info("Supporter declined case {}; awaiting re-offer", c.id()));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onUnmatched(AssignmentUnmatched unmatched) {
		Optional<OutreachCase> found = find(unmatched.caseId())
			.filter((c) -> c.status() == CaseStatus.SCHEDULED || c.status() == CaseStatus.OFFERED);
		found.ifPresent((c) -> {
			OutreachCase escalated = this.cases.update(c.needingAttention(unmatched.reason().name(), now()));
			this.outbox.publish(Events.OUTREACH_ESCALATED, escalated.staffId(), escalated.id().toString(),
					new OutreachEscalated(escalated.id().toString(), escalated.staffId(), unmatched.reason().name(),
							now()));
			log.warn("Outreach case {} needs attention: {}", escalated.id(), unmatched.reason());
		});
	}

	private Optional<OutreachCase> find(String caseId) {
		return this.cases.findById(UUID.fromString(caseId));
	}

	private java.time.Instant now() {
		return this.clock.instant();
	}

}
