package org.peersupport.standalone;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.peersupport.embedded.LoopbackPorts;
import org.peersupport.identity.DemoTokens;
import org.peersupport.testkit.RunnableJar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The built jar, started as an operator starts it: plain {@code java -jar}, configured
 * from the environment only. It gets ready, carries a report to a case, and stops on
 * SIGTERM, releasing its ports. Nothing else in the build starts this jar, and once it
 * did not start at all (Micronaut found no bean definitions inside Spring Boot's nested
 * jars; the root pom's {@code requiresUnpack} says why).
 */
class ExecutableJarIT {

	private static final String READY = "=== Peer Support Platform is ready";

	@Test
	void theBuiltJarStartsWithJavaJarCarriesAReportAndStopsOnSigterm(@TempDir Path dataDir) {
		Map<String, Integer> ports = new HashMap<>();
		ports.put("PEERSUPPORT_KAFKA_PORT", LoopbackPorts.freePair());
		for (String port : new String[] { "POSTGRES", "SMTP", "IMAP", "PAGER", "AUTH" }) {
			ports.put("PEERSUPPORT_" + port + "_PORT", LoopbackPorts.free());
		}
		for (PlatformService service : PlatformService.values()) {
			ports.put("PEERSUPPORT_" + service.name() + "_PORT", LoopbackPorts.free());
		}
		Map<String, String> environment = new HashMap<>();
		ports.forEach((name, port) -> environment.put(name, String.valueOf(port)));
		environment.put("PEERSUPPORT_DATA_DIR", dataDir.toString());
		environment.put("PEERSUPPORT_CONSOLE", "human");

		RunnableJar platform = RunnableJar.start(RunnableJar.built(Path.of("target"), "standalone-*-exec.jar"),
				environment);
		try (platform) {
			platform.awaitReady(() -> platform.output().contains(READY));
			DemoTokens tokens = DemoTokens.of("http://localhost:" + ports.get("PEERSUPPORT_AUTH_PORT"));
			PlatformCalls.reportADeath(url(ports, PlatformService.INTAKE), tokens.riskSystem(), "JAR-1",
					"JAR-CLINICIAN");
			String adminToken = tokens.user("admin");
			String caseId = await().atMost(Duration.ofSeconds(60))
				.until(() -> PlatformCalls.caseNeedingAttention(url(ports, PlatformService.OUTREACH), adminToken,
						"JAR-CLINICIAN"), Objects::nonNull);
			assertThat(caseId).isNotBlank();
		}
		assertThat(platform.stoppedOnSigterm()).as("stopped within 90 s of SIGTERM:%n%s", platform.tail()).isTrue();
		assertThat(platform.output()).contains("Stopping the Peer Support Platform...");
		ports.forEach((name, port) -> assertThat(LoopbackPorts.isFree(port)).as("%s %d released", name, port).isTrue());
	}

	private static String url(Map<String, Integer> ports, PlatformService service) {
		return "http://localhost:" + ports.get("PEERSUPPORT_" + service.name() + "_PORT");
	}

}
