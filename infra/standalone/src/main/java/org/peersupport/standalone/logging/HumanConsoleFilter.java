package org.peersupport.standalone.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * What a person at the console reads: warnings and errors, and the demo stand-ins' own
 * lines (each e-mail's portal link, each page), which the README tells them to follow.
 * Everything else (Kafka's configuration dumps, every service's start-up) is in the file.
 */
public final class HumanConsoleFilter extends Filter<ILoggingEvent> {

	@Override
	public FilterReply decide(ILoggingEvent event) {
		if (event.getLevel().isGreaterOrEqual(Level.WARN)
				|| (event.getLevel() == Level.INFO && event.getLoggerName().startsWith(DemoLoggers.PREFIX))) {
			return FilterReply.NEUTRAL;
		}
		return FilterReply.DENY;
	}

}
