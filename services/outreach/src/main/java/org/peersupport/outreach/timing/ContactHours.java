package org.peersupport.outreach.timing;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.peersupport.outreach.clinician.ClinicianContext;
import org.peersupport.outreach.clinician.ClinicianPreferences;
import org.peersupport.outreach.clinician.Shift;
import org.peersupport.outreach.policy.OutreachPolicy;
import org.peersupport.outreach.policy.OutreachPolicy.LocalTimeRange;

/**
 * When a clinician may be contacted: outside the facility's quiet hours, after the rest
 * that follows a night shift, and inside their own contact window. Times of day are read
 * in the facility's zone (or the clinician's), so daylight-saving changes move the
 * instants, not the local times.
 */
public final class ContactHours {

	/**
	 * Rules that contradict each other (a contact window entirely inside quiet hours)
	 * must not loop forever; the cap then decides.
	 */
	private static final int MAX_ADJUSTMENTS = 8;

	private ContactHours() {
	}

	/**
	 * The first instant at or after {@code from} when contact is allowed, but never later
	 * than {@code latest}.
	 */
	public static Instant earliest(Instant from, Instant latest, OutreachPolicy policy, ClinicianContext clinician) {
		Instant allowed = firstAllowed(from, policy, clinician);
		if (latest.isBefore(from)) {
			return from;
		}
		return allowed.isAfter(latest) ? latest : allowed;
	}

	/** Whether contact is allowed at this instant. */
	public static boolean allowed(Instant at, OutreachPolicy policy, ClinicianContext clinician) {
		return firstAllowed(at, policy, clinician).equals(at);
	}

	static Instant firstAllowed(Instant from, OutreachPolicy policy, ClinicianContext clinician) {
		Instant t = from;
		for (int i = 0; i < MAX_ADJUSTMENTS; i++) {
			Instant next = afterRest(t, policy, clinician.shift());
			if (policy.contact().quietHours() != null) {
				next = outside(next, policy.contact().quietHours(), policy.contact().zone());
			}
			ClinicianPreferences preferences = clinician.preferences();
			if (preferences != null && preferences.hasContactWindow()) {
				ZoneId zone = (preferences.timeZone() != null) ? preferences.timeZone() : policy.contact().zone();
				next = inside(next, new LocalTimeRange(preferences.contactFrom(), preferences.contactUntil()), zone);
			}
			if (next.equals(t)) {
				return t;
			}
			t = next;
		}
		return t;
	}

	private static Instant afterRest(Instant t, OutreachPolicy policy, Shift shift) {
		if (shift == null || !shift.nightShift()) {
			return t;
		}
		Instant rested = shift.lastShiftEnd().plus(policy.contact().restAfterNightShift());
		return rested.isAfter(t) ? rested : t;
	}

	/** Moves an instant inside the range to the range's next end. */
	static Instant outside(Instant t, LocalTimeRange range, ZoneId zone) {
		ZonedDateTime local = t.atZone(zone);
		if (!contains(range, local.toLocalTime())) {
			return t;
		}
		return next(local, range.end(), t);
	}

	/** Moves an instant outside the range to the range's next start. */
	static Instant inside(Instant t, LocalTimeRange range, ZoneId zone) {
		ZonedDateTime local = t.atZone(zone);
		if (contains(range, local.toLocalTime())) {
			return t;
		}
		return next(local, range.start(), t);
	}

	/**
	 * The next instant after {@code t} showing {@code time} on the wall clock. A time
	 * skipped by a spring-forward gap becomes the instant just after the gap.
	 */
	private static Instant next(ZonedDateTime local, LocalTime time, Instant t) {
		Instant candidate = ZonedDateTime.of(local.toLocalDate(), time, local.getZone()).toInstant();
		if (!candidate.isAfter(t)) {
			candidate = ZonedDateTime.of(local.toLocalDate().plusDays(1), time, local.getZone()).toInstant();
		}
		return candidate;
	}

	static boolean contains(LocalTimeRange range, LocalTime time) {
		if (range.start().isBefore(range.end())) {
			return !time.isBefore(range.start()) && time.isBefore(range.end());
		}
		return !time.isBefore(range.start()) || time.isBefore(range.end());
	}

}
