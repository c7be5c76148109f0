package org.peersupport.matching.offer;

import java.time.Instant;
import java.util.UUID;

import org.peersupport.persistence.timer.Next;
import org.peersupport.persistence.timer.TimerHandler;
import org.peersupport.persistence.timer.TimerTask;

import org.springframework.stereotype.Component;

/** An offer's time is up: unless it was answered meanwhile, it expires. */
@Component
class OfferExpiryTimer extends TimerHandler {

	static final TimerTask TASK = new TimerTask("offer-expiry");

	private final OfferAnswers answers;

	OfferExpiryTimer(OfferAnswers answers) {
		super(TASK);
		this.answers = answers;
	}

	@Override
	public Next fire(String offerId, Instant scheduledFor) {
		this.answers.expire(UUID.fromString(offerId));
		return Next.done();
	}

}
