package org.peersupport.matching.console.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.peersupport.web.FieldReader;

/**
 * The days a recognition list covers, both included: by default the last 12 months up to
 * today. Days are UTC days, as the platform keeps time.
 *
 * @param from the first day
 * @param to the last day
 */
record RecognitionPeriod(LocalDate from, LocalDate to) {

	static final String FROM = "from";

	static final String TO = "to";

	/**
	 * Reads {@code from} and {@code to} (YYYY-MM-DD), either left out for its default.
	 * @throws org.peersupport.web.InvalidInputException naming the bad field
	 */
	static RecognitionPeriod read(String from, String to, LocalDate today) {
		FieldReader in = FieldReader.parameters();
		LocalDate first = in.parameter(FROM, blankToNull(from)).date().optional();
		LocalDate last = in.parameter(TO, blankToNull(to)).date().optional();
		in.check();
		LocalDate end = (last != null) ? last : today;
		LocalDate start = (first != null) ? first : end.minusMonths(12).plusDays(1);
		if (start.isAfter(end)) {
			in.parameter(TO, to).problem("must not be before the first day");
			in.check();
		}
		return new RecognitionPeriod(start, end);
	}

	Instant start() {
		return this.from.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** The first moment after the period. */
	Instant end() {
		return this.to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
