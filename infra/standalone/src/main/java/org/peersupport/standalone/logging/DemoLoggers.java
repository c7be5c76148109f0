package org.peersupport.standalone.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loggers of the demo's stand-ins for the hospital's own systems (its mail server,
 * its pager gateway). They name people on purpose, as those systems do, so the demo can
 * be followed from the console; they are not platform logs, and live under their own name
 * so that a reader, a log shipper and a test can tell them apart (docs/privacy.md,
 * "Logs").
 */
public final class DemoLoggers {

	/** Every stand-in's logger name starts with this. */
	public static final String PREFIX = "org.peersupport.standalone.demo.";

	private DemoLoggers() {
	}

	/** The stand-in's logger, named {@link #PREFIX} and its simple name. */
	public static Logger of(Class<?> standIn) {
		return LoggerFactory.getLogger(PREFIX + standIn.getSimpleName());
	}

}
