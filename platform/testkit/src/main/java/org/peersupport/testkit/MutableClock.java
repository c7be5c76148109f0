package org.peersupport.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move forward, so timers fire without anyone sleeping. Only ever
 * forward: db-scheduler and the domain both read it.
 */
public final class MutableClock extends Clock {

	private final AtomicReference<Instant> now;

	public MutableClock(Instant start) {
		this.now = new AtomicReference<>(start);
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	public Instant advance(Duration by) {
		return this.now.updateAndGet((t) -> t.plus(by));
	}

	public Instant advanceTo(Instant to) {
		return this.now.updateAndGet((t) -> to.isAfter(t) ? to : t);
	}

	/**
	 * Moves to the next time this wall-clock time shows in the zone, at least a minute
	 * on.
	 */
	public Instant advanceToNext(LocalTime time, ZoneId zone) {
		ZonedDateTime from = instant().plusSeconds(60).atZone(zone);
		ZonedDateTime next = ZonedDateTime.of(from.toLocalDate(), time, zone);
		if (next.isBefore(from)) {
			next = ZonedDateTime.of(from.toLocalDate().plusDays(1), time, zone);
		}
		return advanceTo(next.toInstant());
	}

}
