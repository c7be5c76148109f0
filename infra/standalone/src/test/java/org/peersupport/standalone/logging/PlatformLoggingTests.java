package org.peersupport.standalone.logging;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.logging.LoggingSystem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console and the log file as the platform sets them up, with the kinds of line it
 * logs while starting: Kafka's configuration dump, a warning, a demo e-mail.
 */
class PlatformLoggingTests {

	private static final String KAFKA_DUMP = "KafkaConfig values: advertised.listeners = PLAINTEXT://127.0.0.1:9092";

	private static final String WARNING = "Connection to node 1 could not be established";

	private static final String EMAIL = "E-mail to pat@hospital.example: \"A colleague\"; their page: http://x";

	private final ByteArrayOutputStream console = new ByteArrayOutputStream();

	private PrintStream stdout;

	@TempDir
	Path dataDir;

	@BeforeEach
	void captureTheConsole() {
		this.stdout = System.out;
		System.setOut(new PrintStream(this.console, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restoreTheConsole() {
		System.setOut(this.stdout);
		LoggingSystem.get(getClass().getClassLoader()).cleanUp();
		((LoggerContext) LoggerFactory.getILoggerFactory()).reset();
	}

	@Test
	void aPersonReadsWarningsAndTheDemoButNotKafkasConfiguration() throws Exception {
		PlatformLogging logging = PlatformLogging.start(ConsoleMode.HUMAN, this.dataDir);
		logStartUpLines();

		assertThat(consoleLines()).noneMatch((line) -> line.contains(KAFKA_DUMP))
			.anyMatch((line) -> line.contains("WARN") && line.contains("NetworkClient: " + WARNING))
			.anyMatch((line) -> line.contains("INFO") && line.contains(EMAIL))
			.noneMatch((line) -> line.startsWith("{"));
		assertThat(logging.file()).contains(this.dataDir.resolve("logs/platform.log"));
		List<JsonNode> file = Files.readAllLines(logging.file().orElseThrow())
			.stream()
			.map(JsonMapper.shared()::readTree)
			.toList();
		assertThat(file).extracting((line) -> line.path("message").asString()).contains(KAFKA_DUMP, WARNING, EMAIL);
		assertThat(file).extracting((line) -> line.path("log").path("logger").asString())
			.contains("kafka.server.KafkaConfig");
	}

	@Test
	void aLogShipperReadsEveryLineAsJsonOnStandardOutput() {
		PlatformLogging logging = PlatformLogging.start(ConsoleMode.JSON, this.dataDir);
		logStartUpLines();

		List<JsonNode> lines = consoleLines().stream().map(JsonMapper.shared()::readTree).toList();
		assertThat(lines).extracting((line) -> line.path("message").asString())
			.containsExactly(KAFKA_DUMP, WARNING, EMAIL);
		assertThat(lines).extracting((line) -> line.path("log").path("level").asString())
			.containsExactly("INFO", "WARN", "INFO");
		assertThat(logging.file()).isEmpty();
		assertThat(this.dataDir.resolve("logs")).doesNotExist();
	}

	private static void logStartUpLines() {
		LoggerFactory.getLogger("kafka.server.KafkaConfig").info(KAFKA_DUMP);
		LoggerFactory.getLogger("org.apache.kafka.clients.NetworkClient").warn(WARNING);
		LoggerFactory.getLogger("org.peersupport.standalone.demo.DemoMailbox").info(EMAIL);
	}

	private List<String> consoleLines() {
		return this.console.toString(StandardCharsets.UTF_8).lines().filter((line) -> !line.isBlank()).toList();
	}

}
