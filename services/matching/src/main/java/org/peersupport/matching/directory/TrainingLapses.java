package org.peersupport.matching.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.persistence.timer.Next;
import org.peersupport.persistence.timer.TimerHandler;
import org.peersupport.persistence.timer.TimerTask;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Training lapses without anyone touching the roster, so a standing timer republishes the
 * directory entries of supporters whose training expired, and fires again a fixed delay
 * after each check. It also publishes the entries a migration queued for republication
 * (the first firing after an upgrade, at startup), a batch at a time, and the tombstones
 * of those whose last day, imported earlier, has come. Pauses with a last day end here
 * too.
 */
@Component
class TrainingLapses extends TimerHandler {

	static final TimerTask TASK = new TimerTask("training-lapse");

	/** Entries queued for republication, published per firing. */
	static final int QUEUED_BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(TrainingLapses.class);

	private final StaffDirectory directory;

	private final Duration every;

	private final Clock clock;

	TrainingLapses(StaffDirectory directory, @Value("${peersupport.matching.training.lapse-check:PT1H}") Duration every,
			Clock clock) {
		super(TASK);
		this.directory = directory;
		this.every = every;
		this.clock = clock;
	}

	@Override
	public boolean standing() {
		return true;
	}

	@Override
	public Next fire(String subject, Instant scheduledFor) {
		int lapsed = this.directory.publishLapsedTraining();
		if (lapsed > 0) {
			log.info("Republished {} supporter(s) whose training lapsed", lapsed);
		}
		int resumed = this.directory.resumeEndedPauses();
		if (resumed > 0) {
			log.info("Resumed {} supporter(s) whose pause ended", resumed);
		}
		int left = this.directory.publishLeavers();
		if (left > 0) {
			log.info("Tombstoned {} directory entr(ies) of people whose last day has come", left);
		}
		int queued = this.directory.publishQueued(QUEUED_BATCH);
		if (queued > 0) {
			log.info("Republished {} queued directory entr(ies)", queued);
		}
		// A full batch may leave more queued: the next one goes at once.
		return Next.againAt((queued == QUEUED_BATCH) ? this.clock.instant() : this.clock.instant().plus(this.every));
	}

}
