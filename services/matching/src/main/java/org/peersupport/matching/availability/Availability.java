package org.peersupport.matching.availability;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * When a supporter takes offers: weekly windows in their own time zone, plus on-call
 * slots at fixed instants. Supporters manage both themselves.
 *
 * @param zone the zone the weekly windows are in
 * @param windows recurring weekly windows
 * @param onCall one-off on-call slots
 */
public record Availability(ZoneId zone, List<WeeklyWindow> windows, List<OnCallSlot> onCall) {

	/** Nothing declared. */
	public static final Availability NONE = new Availability(ZoneId.of("UTC"), List.of(), List.of());

	public Availability {
		windows = List.copyOf(windows);
		onCall = List.copyOf(onCall);
	}

	/** Whether the supporter declared any availability at all. */
	public boolean declared() {
		return !this.windows.isEmpty() || !this.onCall.isEmpty();
	}

	/** Whether a window or an on-call slot covers the instant. */
	public boolean covers(Instant at) {
		if (this.onCall.stream().anyMatch((slot) -> slot.covers(at))) {
			return true;
		}
		ZonedDateTime local = at.atZone(this.zone);
		return this.windows.stream().anyMatch((window) -> window.covers(local.getDayOfWeek(), local.toLocalTime()));
	}

	/**
	 * A weekly window, start inclusive and end exclusive; a night shift is two windows.
	 *
	 * @param day the day of the week
	 * @param start local start time
	 * @param end local end time, after the start
	 */
	public record WeeklyWindow(DayOfWeek day, LocalTime start, LocalTime end) {

		boolean covers(DayOfWeek onDay, LocalTime time) {
			return this.day == onDay && !time.isBefore(this.start) && time.isBefore(this.end);
		}

	}

	/**
	 * An on-call slot, start inclusive and end exclusive.
	 *
	 * @param start when it begins
	 * @param end when it ends
	 */
	public record OnCallSlot(Instant start, Instant end) {

		boolean covers(Instant at) {
			return !at.isBefore(this.start) && at.isBefore(this.end);
		}

	}

}
