package org.peersupport.persistence.timer;

import java.time.Instant;
import java.util.Optional;

import org.springframework.util.Assert;

/**
 * What a timer does after it fired: it is done (its row goes), or it fires again at an
 * instant (the same row moves, so the timer keeps its identity and can still be
 * cancelled).
 */
public final class Next {

	private static final Next DONE = new Next(null);

	private final Instant again;

	private Next(Instant again) {
		this.again = again;
	}

	public static Next done() {
		return DONE;
	}

	public static Next againAt(Instant at) {
		Assert.notNull(at, "A timer fires again at an instant");
		return new Next(at);
	}

	/** When the timer fires again, or empty when it is done. */
	public Optional<Instant> again() {
		return Optional.ofNullable(this.again);
	}

	@Override
	public String toString() {
		return (this.again != null) ? "again at " + this.again : "done";
	}

}
