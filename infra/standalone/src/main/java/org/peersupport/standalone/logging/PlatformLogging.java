package org.peersupport.standalone.logging;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The logging of the whole JVM, set up before the database, the broker and the services
 * start: without it, Logback's default configuration prints everything they say while
 * starting (Kafka alone dumps its configuration for a thousand lines).
 *
 * <p>
 * Spring Boot's own logging system does the set-up, so the services' structured format
 * and {@code logging.level.*} settings work as they do when a service runs alone. It
 * keeps a configuration once made: the services started later only apply their levels.
 */
public final class PlatformLogging {

	private final Path file;

	private PlatformLogging(Path file) {
		this.file = file;
	}

	/**
	 * Sets up the console for the mode. In {@link ConsoleMode#HUMAN} mode the full JSON
	 * logs go to {@code logs/platform.log} under the data folder, rolled over daily and
	 * at 10 MB.
	 */
	public static PlatformLogging start(ConsoleMode mode, Path dataDir) {
		Path file = dataDir.resolve("logs").resolve("platform.log");
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("platform-logging", Map.of("peersupport.log-file", file.toString())));
		LoggingSystem system = LoggingSystem.get(PlatformLogging.class.getClassLoader());
		system.beforeInitialize();
		system.initialize(new LoggingInitializationContext(environment), mode.configuration(), null);
		return new PlatformLogging((mode == ConsoleMode.HUMAN) ? file : null);
	}

	/** The file that holds the full logs, when the console does not. */
	public Optional<Path> file() {
		return Optional.ofNullable(this.file);
	}

}
