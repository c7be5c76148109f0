package org.peersupport.matching.console.roster;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The roster files previewed and not yet applied, so that "Apply" imports exactly the
 * file that was previewed. Kept here rather than sent back to the browser in a hidden
 * field: the content (names, e-mail addresses) makes no second trip over the network,
 * cannot be altered between the preview and the apply, and a large roster does not become
 * a large form. Each file is held in memory only (never written to disk or the database),
 * for {@link #KEPT} at most, under a random token that only the administrator who
 * uploaded it can redeem, and at most {@link #MOST} files at once (the oldest goes
 * first). A deployment that runs several instances of matching needs the console's
 * requests of one session to reach the same instance (sticky sessions); otherwise the
 * apply finds no preview and asks for the file again, which changes nothing.
 */
@Component
class PendingRosters {

	static final Duration KEPT = Duration.ofMinutes(30);

	static final int MOST = 20;

	private final Map<String, Pending> pending = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	PendingRosters(Clock clock) {
		this.clock = clock;
	}

	/** Keeps a previewed file for its uploader; the token redeems it. */
	String keep(String subject, String csv) {
		Instant now = this.clock.instant();
		this.pending.values().removeIf((file) -> file.expired(now));
		while (this.pending.size() >= MOST) {
			this.pending.entrySet()
				.stream()
				.min(Map.Entry.comparingByValue((a, b) -> a.keptAt().compareTo(b.keptAt())))
				.ifPresent((oldest) -> this.pending.remove(oldest.getKey()));
		}
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes);
		this.pending.put(token, new Pending(subject, csv, now));
		return token;
	}

	/** The file kept under the token, if it is this uploader's and still kept. */
	Optional<String> find(String subject, String token) {
		Pending file = (token != null) ? this.pending.get(token) : null;
		if (file == null || file.expired(this.clock.instant()) || !file.subject().equals(subject)) {
			return Optional.empty();
		}
		return Optional.of(file.csv());
	}

	/** The file was applied: it cannot be applied twice. */
	void forget(String token) {
		this.pending.remove(token);
	}

	private record Pending(String subject, String csv, Instant keptAt) {

		boolean expired(Instant now) {
			return !now.isBefore(this.keptAt.plus(KEPT));
		}

	}

}
