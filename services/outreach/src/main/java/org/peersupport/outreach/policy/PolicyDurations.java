package org.peersupport.outreach.policy;

import java.time.Duration;

import org.peersupport.web.FieldReader;
import org.peersupport.web.FieldValue;

/**
 * The bounds every duration of a policy keeps: never negative (the reader refuses that),
 * and never beyond {@link #LONGEST}, so that a typo such as {@code P300D} cannot park a
 * case for most of a year.
 */
final class PolicyDurations {

	static final Duration LONGEST = Duration.ofDays(90);

	private PolicyDurations() {
	}

	/** Zero or more, up to {@link #LONGEST}. */
	static FieldValue<Duration> bounded(FieldReader field) {
		return field.duration()
			.must((duration) -> duration.compareTo(LONGEST) <= 0, "must not exceed " + LONGEST.toDays() + " days");
	}

	/** Longer than zero, up to {@link #LONGEST}. */
	static FieldValue<Duration> positive(FieldReader field) {
		return field.duration()
			.must((duration) -> !duration.isZero(), "must be longer than zero")
			.must((duration) -> duration.compareTo(LONGEST) <= 0, "must not exceed " + LONGEST.toDays() + " days");
	}

	/** Zero when left out. */
	static Duration optional(FieldReader field) {
		return bounded(field).orElse(Duration.ZERO);
	}

}
