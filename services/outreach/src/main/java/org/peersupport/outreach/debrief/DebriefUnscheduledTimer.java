package org.peersupport.outreach.debrief;

import java.time.Instant;
import java.util.UUID;

import org.peersupport.persistence.timer.Next;
import org.peersupport.persistence.timer.TimerHandler;
import org.peersupport.persistence.timer.TimerTask;

import org.springframework.stereotype.Component;

/**
 * A proposed team debrief is still unscheduled after the policy's
 * {@code teamDebriefLeadTime}: remind the administrator by escalating it to the worklist.
 * Scheduling cancels the timer; one that fires anyway (scheduled meanwhile) finds the
 * debrief no longer proposed and changes nothing.
 */
@Component
class DebriefUnscheduledTimer extends TimerHandler {

	static final TimerTask TASK = new TimerTask("outreach-debrief-unscheduled");

	private final TeamDebriefs debriefs;

	DebriefUnscheduledTimer(TeamDebriefs debriefs) {
		super(TASK);
		this.debriefs = debriefs;
	}

	@Override
	public Next fire(String debriefId, Instant scheduledFor) {
		this.debriefs.lock(UUID.fromString(debriefId))
			.filter((debrief) -> debrief.status() == DebriefStatus.PROPOSED)
			.ifPresent(this.debriefs::remind);
		return Next.done();
	}

}
