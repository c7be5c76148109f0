package org.peersupport.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssertionReplayCacheTest {

	private final MovingClock clock = new MovingClock();

	@Test
	void jtiIsTakenOnceUntilItsAssertionExpires() {
		AssertionReplayCache cache = new AssertionReplayCache(10, this.clock);
		Instant keepUntil = this.clock.instant().plusSeconds(60);

		assertThat(cache.firstUse("risk", "a", keepUntil)).isTrue();
		assertThat(cache.firstUse("risk", "a", keepUntil)).isFalse();
		assertThat(cache.firstUse("other", "a", keepUntil)).as("another client's jti").isTrue();
		this.clock.advance(Duration.ofSeconds(60));
		assertThat(cache.firstUse("risk", "a", keepUntil)).as("at the last instant").isFalse();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(cache.firstUse("risk", "a", keepUntil.plusSeconds(60))).as("expired since").isTrue();
	}

	@Test
	void fullCacheForgetsOnlyExpiredEntriesAndOtherwiseRefuses() {
		AssertionReplayCache cache = new AssertionReplayCache(2, this.clock);
		Instant now = this.clock.instant();
		assertThat(cache.firstUse("risk", "a", now.plusSeconds(10))).isTrue();
		assertThat(cache.firstUse("risk", "b", now.plusSeconds(100))).isTrue();

		assertThat(cache.firstUse("risk", "c", now.plusSeconds(100))).as("full").isFalse();
		this.clock.advance(Duration.ofSeconds(11));
		// Full: a, expired, is forgotten to make room, b is not.
		assertThat(cache.firstUse("risk", "b", now.plusSeconds(100))).as("b kept").isFalse();
		assertThat(cache.firstUse("risk", "c", now.plusSeconds(100))).as("room made").isTrue();
	}

	private static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
