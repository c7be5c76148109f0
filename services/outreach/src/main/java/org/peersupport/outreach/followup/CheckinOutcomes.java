package org.peersupport.outreach.followup;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.contracts.events.EscalationReasons;
import org.peersupport.contracts.events.FollowUpTrigger;
import org.peersupport.outreach.escalation.Escalations;
import org.peersupport.outreach.outreachcase.CaseClosing;
import org.peersupport.outreach.outreachcase.OutreachCase;
import org.peersupport.outreach.outreachcase.OutreachCaseRepository;
import org.peersupport.outreach.policy.OutreachPolicies;
import org.peersupport.outreach.policy.OutreachPolicy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acts on the minimal outcome of a check-in: a clinician reached gets the policy's
 * follow-ups (and one more if they asked for it); one who declined is left in peace; a
 * case with nothing left to do closes as completed.
 */
@Service
public class CheckinOutcomes {

	private static final Logger log = LoggerFactory.getLogger(CheckinOutcomes.class);

	private final OutreachCaseRepository cases;

	private final FollowUps followUps;

	private final OutreachPolicies policies;

	private final CaseClosing closing;

	private final Escalations escalations;

	CheckinOutcomes(OutreachCaseRepository cases, FollowUps followUps, OutreachPolicies policies, CaseClosing closing,
			Escalations escalations) {
		this.cases = cases;
		this.followUps = followUps;
		this.policies = policies;
		this.closing = closing;
		this.escalations = escalations;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onCheckin(CheckinCompleted checkin) {
		Optional<OutreachCase> found = parse(checkin.caseId()).flatMap(this.cases::findByIdForUpdate)
			.filter(OutreachCase::isOpen);
		if (found.isEmpty()) {
			log.info("Check-in {} for a case that is closed or unknown; nothing to do", checkin.checkinId());
			return;
		}
		OutreachCase outreachCase = found.get();
		if (checkin.contact() == ContactOutcome.DECLINED) {
			this.closing.close(outreachCase, CloseReason.DECLINED_BY_CLINICIAN);
			return;
		}
		if (checkin.contact() != ContactOutcome.REACHED) {
			// Not reached: the supporter tries again; a follow-up's deadline escalates
			// if nobody gets through.
			return;
		}
		OutreachPolicy policy = this.policies.forFacility(outreachCase.facility());
		if (checkin.followUpId() == null) {
			for (var offset : policy.followUps().offsets()) {
				this.followUps.planAfter(outreachCase, FollowUpTrigger.AFTER_FIRST_CONTACT,
						checkin.completedAt().plus(offset), policy);
			}
		}
		else if (this.followUps.answered(outreachCase.id(), checkin.followUpId())) {
			this.escalations.resolve(outreachCase.id(), List.of(EscalationReasons.FOLLOW_UP_MISSED));
		}
		if (checkin.followUpWanted()) {
			this.followUps.planAfter(outreachCase, FollowUpTrigger.REQUESTED_AT_CHECKIN,
					checkin.completedAt().plus(policy.followUps().requestedAfter()), policy);
		}
		this.closing.completeIfNothingPending(outreachCase);
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
	}

}
