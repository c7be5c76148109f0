package org.peersupport.standalone.logging;

import java.io.Console;
import java.util.Locale;

/**
 * What the platform's console is for: a person at a terminal reads a few lines
 * ({@link #HUMAN}), a log shipper reads every line as JSON ({@link #JSON}).
 */
public enum ConsoleMode {

	/**
	 * Warnings, errors and the demo's own lines, briefly; the full JSON logs to a file.
	 */
	HUMAN("human.xml"),

	/** Every log line as ECS JSON on standard output, as the services log apart. */
	JSON("json.xml");

	private final String configuration;

	ConsoleMode(String configuration) {
		this.configuration = configuration;
	}

	/**
	 * The mode for the setting {@code human}, {@code json} or {@code auto} (human on a
	 * terminal, JSON otherwise).
	 */
	public static ConsoleMode choose(String setting, boolean onTerminal) {
		return switch (setting.trim().toLowerCase(Locale.ROOT)) {
			case "human" -> HUMAN;
			case "json" -> JSON;
			case "auto", "" -> onTerminal ? HUMAN : JSON;
			default -> throw new IllegalArgumentException(
					"peersupport.console must be human, json or auto, not '" + setting + "'");
		};
	}

	/**
	 * Whether a person is at the other end: standard input and output are a terminal.
	 * From JDK 22 {@code System.console()} answers even when the output is redirected,
	 * and only {@code Console.isTerminal()} (absent before) tells.
	 */
	public static boolean onTerminal() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (NoSuchMethodException ex) {
			return true;
		}
		catch (ReflectiveOperationException ex) {
			return false;
		}
	}

	/** The Logback configuration of this mode, on the class path. */
	String configuration() {
		return "classpath:org/peersupport/standalone/logging/" + this.configuration;
	}

}
