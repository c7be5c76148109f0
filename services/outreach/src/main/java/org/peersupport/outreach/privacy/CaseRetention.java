package org.peersupport.outreach.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.peersupport.outreach.policy.OutreachPolicies;
import org.peersupport.persistence.timer.DurableTimers;
import org.peersupport.persistence.timer.TimerTask;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a closed case's purge timer, in the transaction that closes it, whichever way it
 * closes: the facility's {@code retention.afterClose} after it closed. A case that closes
 * again after a reopening moves its timer to the new close.
 */
@Service
public class CaseRetention {

	static final TimerTask TASK = new TimerTask("outreach-case-retention");

	private final OutreachPolicies policies;

	private final DurableTimers timers;

	CaseRetention(OutreachPolicies policies, DurableTimers timers) {
		this.policies = policies;
		this.timers = timers;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void closed(UUID caseId, String facility, Instant closedAt) {
		this.timers.reschedule(TASK, caseId.toString(), purgeAt(facility, closedAt));
	}

	Instant purgeAt(String facility, Instant closedAt) {
		return closedAt.plus(afterClose(facility));
	}

	/** What happened before this is past the facility's retention. */
	Instant retainedSince(String facility, Instant now) {
		return now.minus(afterClose(facility));
	}

	private Duration afterClose(String facility) {
		return this.policies.forFacility(facility).retention().afterClose();
	}

}
