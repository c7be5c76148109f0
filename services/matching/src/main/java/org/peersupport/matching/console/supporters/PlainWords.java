package org.peersupport.matching.console.supporters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as a person reads them on a console page ("3 Dec 2026", "3 Dec 2026,
 * 14:05 UTC"), never ISO text. Times are the platform's, UTC, and say so.
 */
public final class PlainWords {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
			Locale.ENGLISH);

	private PlainWords() {
	}

	public static String day(LocalDate day) {
		return DAY.format(day);
	}

	public static String moment(Instant at) {
		return MOMENT.format(at.atZone(ZoneOffset.UTC));
	}

	/** "1 day", "12 days". */
	public static String days(long count) {
		return count + ((count == 1) ? " day" : " days");
	}

}
