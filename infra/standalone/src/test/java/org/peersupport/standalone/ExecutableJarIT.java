package org.peersupport.standalone;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.peersupport.embedded.LoopbackPorts;
import org.peersupport.identity.DemoTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The built jar, started as an operator starts it: plain {@code java -jar}, configured
 * from the environment only. It gets ready, carries a report to a case, and stops on
 * SIGTERM, releasing its ports. Nothing else in the build starts the jar, and once it did
 * not start at all (Micronaut found no bean definitions inside Spring Boot's nested jars;
 * the root pom's {@code requiresUnpack} says why).
 */
class ExecutableJarIT {

	/** Start-up takes about 40 s on two cores; more when the machine is busy. */
	private static final Duration START = Duration.ofMinutes(4);

	private static final String READY = "=== Peer Support Platform is ready";

	@Test
	void theBuiltJarStartsWithJavaJarCarriesAReportAndStopsOnSigterm(@TempDir Path dataDir) throws Exception {
		Map<String, Integer> ports = new HashMap<>();
		ports.put("PEERSUPPORT_KAFKA_PORT", PlatformCalls.pairOfFreePorts());
		for (String port : new String[] { "POSTGRES", "SMTP", "IMAP", "PAGER", "AUTH" }) {
			ports.put("PEERSUPPORT_" + port + "_PORT", LoopbackPorts.free());
		}
		for (PlatformService service : PlatformService.values()) {
			ports.put("PEERSUPPORT_" + service.name() + "_PORT", LoopbackPorts.free());
		}
		// Kept after the test, so that a failed start can be read.
		Path log = Path.of("target", "executable-jar-it.log");
		ProcessBuilder java = new ProcessBuilder(javaCommand(), "-jar", executableJar().toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		ports.forEach((name, port) -> java.environment().put(name, String.valueOf(port)));
		java.environment().put("PEERSUPPORT_DATA_DIR", dataDir.toString());
		java.environment().put("PEERSUPPORT_CONSOLE", "human");
		Process platform = java.start();
		boolean stopped;
		try {
			await().atMost(START)
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> !platform.isAlive() || Files.readString(log).contains(READY));
			assertThat(platform.isAlive()).as("the jar exited before it was ready:%n%s", tail(log)).isTrue();

			DemoTokens tokens = DemoTokens.of("http://localhost:" + ports.get("PEERSUPPORT_AUTH_PORT"));
			PlatformCalls.reportADeath(url(ports, PlatformService.INTAKE), tokens.riskSystem(), "JAR-1",
					"JAR-CLINICIAN");
			String adminToken = tokens.user("admin");
			String caseId = await().atMost(Duration.ofSeconds(60))
				.until(() -> PlatformCalls.caseNeedingAttention(url(ports, PlatformService.OUTREACH), adminToken,
						"JAR-CLINICIAN"), Objects::nonNull);
			assertThat(caseId).isNotBlank();
		}
		finally {
			platform.destroy();
			stopped = platform.waitFor(90, TimeUnit.SECONDS);
			if (!stopped) {
				platform.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
		assertThat(stopped).as("stopped within 90 s of SIGTERM:%n%s", tail(log)).isTrue();
		assertThat(Files.readString(log)).contains("Stopping the Peer Support Platform...");
		ports.forEach((name, port) -> assertThat(PlatformCalls.isFree(port)).as("%s %d released", name, port).isTrue());
	}

	private static String url(Map<String, Integer> ports, PlatformService service) {
		return "http://localhost:" + ports.get("PEERSUPPORT_" + service.name() + "_PORT");
	}

	private static String javaCommand() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * The runnable jar that {@code package} made: {@code target/standalone-…-exec.jar}.
	 */
	private static Path executableJar() throws IOException {
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "standalone-*-exec.jar")) {
			for (Path jar : jars) {
				return jar.toAbsolutePath();
			}
		}
		throw new IllegalStateException("no target/standalone-*-exec.jar: this test runs after mvn package");
	}

	private static String tail(Path log) throws IOException {
		String text = Files.readString(log);
		return text.substring(Math.max(0, text.length() - 4000));
	}

}
