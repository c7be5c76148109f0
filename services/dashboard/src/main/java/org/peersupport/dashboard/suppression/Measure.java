package org.peersupport.dashboard.suppression;

import java.util.Locale;

/** What a cell holds, which decides how it is shown and how it is protected. */
public enum Measure {

	/** A count of cases or people; suppressed below k and protected by complements. */
	COUNT,
	/** A proportion in [0, 1] of two counts. */
	SHARE,
	/** A duration statistic in hours (median, p90). */
	HOURS,
	/** A duration statistic in minutes. */
	MINUTES,
	/** Any other statistic, such as a median number of check-ins. */
	NUMBER;

	String format(double value) {
		return switch (this) {
			case COUNT -> String.format(Locale.ROOT, "%d", Math.round(value));
			case SHARE -> String.format(Locale.ROOT, "%.0f%%", value * 100);
			case HOURS -> String.format(Locale.ROOT, "%.1f h", value);
			case MINUTES -> String.format(Locale.ROOT, "%.0f min", value);
			case NUMBER -> String.format(Locale.ROOT, "%.1f", value);
		};
	}

}
