package org.peersupport.referral.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.persistence.timer.DurableTimers;
import org.peersupport.persistence.timer.Next;
import org.peersupport.persistence.timer.TimerHandler;
import org.peersupport.persistence.timer.TimerTask;

import org.springframework.stereotype.Component;

/**
 * The follow-up of a referral, as one durable timer that fires twice: at the follow-up an
 * unconnected referral goes on the worklist; at the final deadline it closes as not
 * connected. A referral that connected or closed in between ends the timer.
 */
@Component
class ReferralFollowUp extends TimerHandler {

	static final TimerTask TASK = new TimerTask("referral-follow-up");

	private static final Logger log = LoggerFactory.getLogger(ReferralFollowUp.class);

	private final ReferralRepository referrals;

	private final ReferralEvents events;

	private final DurableTimers timers;

	private final Clock clock;

	ReferralFollowUp(ReferralRepository referrals, ReferralEvents events, DurableTimers timers, Clock clock) {
		super(TASK);
		this.referrals = referrals;
		this.events = events;
		this.timers = timers;
		this.clock = clock;
	}

	/** Starts the follow-up of a new referral, in its transaction. */
	void start(Referral referral) {
		this.timers.schedule(TASK, referral.id(), referral.followUpAt());
	}

	/** Runs in the firing's transaction: the close and its event commit together. */
	@Override
	public Next fire(String id, Instant scheduledFor) {
		Optional<Referral> found = this.referrals.lockById(id);
		if (found.isEmpty() || !found.get().status().awaitsConnection()) {
			return Next.done();
		}
		Referral referral = found.get();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (now.isBefore(referral.closeBy())) {
			if (!referral.followUpDue()) {
				this.referrals.update(referral.markedDue(now));
				log.info("Referral {} is due for follow-up", id);
			}
			return Next.againAt(referral.closeBy());
		}
		Referral closed = referral.closedUnconnected(now);
		this.referrals.update(closed);
		this.events.closed(closed);
		log.info("Referral {} closed as not connected at its deadline", id);
		return Next.done();
	}

}
