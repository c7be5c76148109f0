package org.peersupport.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that ticks with the system's but can be moved ahead, for tests of a whole
 * running platform: the services' own waits (a batch window, a poll) still pass as
 * seconds pass, while a test can make a month go by at once. {@link MutableClock}, which
 * stands still, is for tests that drive every step themselves.
 */
public final class ShiftedClock extends Clock {

	private volatile Duration shift;

	/** A clock that reads {@code start} now and ticks from there. */
	public ShiftedClock(Instant start) {
		this.shift = Duration.between(Instant.now(), start);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.shift);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("the platform's clocks are UTC");
	}

	/** Moves the clock ahead. */
	public Instant advance(Duration by) {
		this.shift = this.shift.plus(by);
		return instant();
	}

}
