package org.peersupport.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code jti} of every client assertion taken, kept until the assertion could no
 * longer be taken anyway, so that one captured assertion cannot be used again (RFC 7523
 * section 3, SMART Backend Services).
 * <p>
 * In memory, in one map: the demo runs one identity server in one JVM. After a restart an
 * assertion taken before could be taken once more for the few minutes it has left, which
 * a demo can live with; a real provider with several nodes needs a shared store. The map
 * is bounded because every entry is made by a request: an assertion lives at most a few
 * minutes, so the bound is only reached by tens of assertions a second, and then new
 * assertions are refused rather than live entries forgotten, since forgetting one would
 * let that assertion be replayed.
 */
final class AssertionReplayCache {

	static final int DEFAULT_CAPACITY = 10_000;

	private static final Logger log = LoggerFactory.getLogger(AssertionReplayCache.class);

	private final Map<Use, Instant> taken = new ConcurrentHashMap<>();

	private final int capacity;

	private final Clock clock;

	AssertionReplayCache(int capacity, Clock clock) {
		this.capacity = capacity;
		this.clock = clock;
	}

	/**
	 * Records this use of an assertion.
	 * @param clientId the client the assertion authenticates; a {@code jti} is unique per
	 * issuer only
	 * @param jti the assertion's id
	 * @param keepUntil until when the assertion would still be accepted (its {@code exp}
	 * plus the clock skew allowed)
	 * @return whether this is its first use; {@code false} for a replay, or when the
	 * cache is full
	 */
	boolean firstUse(String clientId, String jti, Instant keepUntil) {
		Instant now = this.clock.instant();
		// Approximate under concurrent requests, which is enough to bound the memory.
		if (this.taken.size() >= this.capacity) {
			this.taken.values().removeIf(now::isAfter);
			if (this.taken.size() >= this.capacity) {
				log.warn("{} client assertions taken in the last minutes: refusing new ones until some expire",
						this.capacity);
				return false;
			}
		}
		Use use = new Use(clientId, jti);
		Instant previous = this.taken.putIfAbsent(use, keepUntil);
		if (previous == null) {
			return true;
		}
		// The earlier assertion with this jti can no longer be accepted, so this is
		// another one; replace() keeps two such requests from both succeeding.
		return now.isAfter(previous) && this.taken.replace(use, previous, keepUntil);
	}

	private record Use(String clientId, String jti) {
	}

}
