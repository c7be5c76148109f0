package org.peersupport.matching.offer;

import java.time.Instant;

import org.peersupport.persistence.timer.Next;
import org.peersupport.persistence.timer.TimerHandler;
import org.peersupport.persistence.timer.TimerTask;

import org.springframework.stereotype.Component;

/**
 * A batch window closed: every case collected so far is assigned together, whichever of
 * their timers fires first.
 */
@Component
class BatchWindowTimer extends TimerHandler {

	static final TimerTask TASK = new TimerTask("batch-window");

	private final Matchmaker matchmaker;

	BatchWindowTimer(Matchmaker matchmaker) {
		super(TASK);
		this.matchmaker = matchmaker;
	}

	@Override
	public Next fire(String caseId, Instant scheduledFor) {
		this.matchmaker.assignPending();
		return Next.done();
	}

}
