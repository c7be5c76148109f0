package org.peersupport.standalone;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import org.peersupport.standalone.logging.DemoLoggers;

/**
 * Finds the platform log lines that name a person. The demo stand-ins' lines (the
 * hospital's mail server and pager, {@link DemoLoggers}) are not platform logs and are
 * left out. An identity matches as a whole token only, so {@code C-10} is not found in
 * {@code C-100} nor in {@code XC-10}.
 */
final class PlatformLogLines {

	/** A stand-in's logger, in full or as the console pattern shortens it. */
	private static final String STAND_IN = DemoLoggers.PREFIX.substring("org.peersupport".length());

	private final List<Pattern> tokens;

	private PlatformLogLines(List<String> identities) {
		this.tokens = identities.stream()
			.map((identity) -> Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(identity) + "(?![A-Za-z0-9])"))
			.toList();
	}

	/**
	 * The lines of {@code output}, outside the stand-ins', that hold one of the
	 * identities.
	 */
	static List<String> naming(String output, List<String> identities) {
		PlatformLogLines people = new PlatformLogLines(identities);
		return output.lines().filter((line) -> !line.contains(STAND_IN)).filter(people::names).toList();
	}

	/**
	 * Watches every log event from now on, whichever test logs it: the console capture of
	 * one test sees only that test's lines.
	 */
	static Watch watch(List<String> identities) {
		Watch watch = new Watch(new PlatformLogLines(identities));
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		watch.setContext(context);
		watch.start();
		context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(watch);
		return watch;
	}

	private boolean names(String text) {
		return this.tokens.stream().anyMatch((token) -> token.matcher(text).find());
	}

	/** The events that named a person, told apart by whether a stand-in logged them. */
	static final class Watch extends AppenderBase<ILoggingEvent> {

		private final PlatformLogLines people;

		private final List<String> platformLines = new CopyOnWriteArrayList<>();

		private final AtomicInteger standInLines = new AtomicInteger();

		private Watch(PlatformLogLines people) {
			this.people = people;
		}

		@Override
		protected void append(ILoggingEvent event) {
			String text = event.getFormattedMessage() + " " + event.getMDCPropertyMap() + " " + event.getKeyValuePairs()
					+ ((event.getThrowableProxy() != null) ? ThrowableProxyUtil.asString(event.getThrowableProxy())
							: "");
			if (!this.people.names(text)) {
				return;
			}
			if (event.getLoggerName().startsWith(DemoLoggers.PREFIX)) {
				this.standInLines.incrementAndGet();
			}
			else {
				this.platformLines.add(event.getLoggerName() + ": " + text);
			}
		}

		/** The platform's lines that named someone. */
		List<String> platformLines() {
			return List.copyOf(this.platformLines);
		}

		/**
		 * How many stand-in lines named someone: none would mean the watch saw nothing.
		 */
		int standInLines() {
			return this.standInLines.get();
		}

		/** Detaches the watch. */
		void close() {
			((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(this);
			stop();
		}

	}

}
