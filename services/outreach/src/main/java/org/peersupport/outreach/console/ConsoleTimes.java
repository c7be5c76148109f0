package org.peersupport.outreach.console;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Times as a person reads them ("3 Dec 2026, 14:05", "2 days 3 hours"), in the zone the
 * service runs in, and the form's date-and-time field read back in the same zone.
 */
final class ConsoleTimes {

	private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

	private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final ZoneId zone;

	ConsoleTimes(ZoneId zone) {
		this.zone = zone;
	}

	String at(Instant instant) {
		return (instant != null) ? READABLE.format(instant.atZone(this.zone)) : "";
	}

	/** A {@code datetime-local} field's value, or null when it is not one. */
	Instant fromField(String value) {
		try {
			return (value != null) ? LocalDateTime.parse(value.trim(), FIELD).atZone(this.zone).toInstant() : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** How long, in the two largest units that matter: "2 days 3 hours", "45 minutes". */
	static String length(Duration duration) {
		Duration d = duration.isNegative() ? Duration.ZERO : duration;
		long days = d.toDays();
		long hours = d.toHoursPart();
		long minutes = d.toMinutesPart();
		if (days > 0) {
			return count(days, "day") + ((hours > 0) ? " " + count(hours, "hour") : "");
		}
		if (hours > 0) {
			return count(hours, "hour") + ((minutes > 0) ? " " + count(minutes, "minute") : "");
		}
		return (minutes > 0) ? count(minutes, "minute") : "less than a minute";
	}

	private static String count(long n, String unit) {
		return n + " " + unit + ((n == 1) ? "" : "s");
	}

}
