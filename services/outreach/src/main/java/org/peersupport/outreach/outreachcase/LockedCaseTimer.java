package org.peersupport.outreach.outreachcase;

import java.time.Instant;
import java.util.UUID;

import org.peersupport.persistence.timer.Next;
import org.peersupport.persistence.timer.TimerHandler;
import org.peersupport.persistence.timer.TimerTask;

/**
 * A timer about one case that fires once: lock the case (so an opt-out or an acceptance
 * committed meanwhile wins or waits), check that the timer still applies (so a timer that
 * fires twice, or one made stale by coalescing, changes nothing), act.
 */
abstract class LockedCaseTimer extends TimerHandler {

	private final OutreachCaseRepository cases;

	LockedCaseTimer(TimerTask task, OutreachCaseRepository cases) {
		super(task);
		this.cases = cases;
	}

	@Override
	public Next fire(String caseId, Instant scheduledFor) {
		this.cases.findByIdForUpdate(UUID.fromString(caseId))
			.filter((c) -> applies(c, scheduledFor))
			.ifPresent(this::act);
		return Next.done();
	}

	abstract boolean applies(OutreachCase outreachCase, Instant scheduledFor);

	abstract void act(OutreachCase outreachCase);

}
