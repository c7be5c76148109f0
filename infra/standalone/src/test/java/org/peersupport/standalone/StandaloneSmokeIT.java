package org.peersupport.standalone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.peersupport.embedded.LoopbackPorts;
import org.peersupport.identity.DemoTokens;

import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one-command platform on its own embedded infrastructure: it starts, a report goes
 * through, it stops cleanly, and its data is still there after a restart.
 */
class StandaloneSmokeIT {

	@Test
	void startsCarriesAReportStopsCleanlyAndKeepsItsDataAcrossARestart(@TempDir Path dataDir) throws Exception {
		int kafkaPort = LoopbackPorts.freePair();
		int postgresPort = LoopbackPorts.free();
		int authPort = LoopbackPorts.free();
		Map<PlatformService, Integer> ports = new EnumMap<>(PlatformService.class);
		for (PlatformService service : PlatformService.values()) {
			ports.put(service, LoopbackPorts.free());
		}
		String caseId;
		String adminToken;
		try (RunningPlatform platform = StandalonePlatform.launch(dataDir, kafkaPort, postgresPort, authPort, ports,
				List.of())) {
			DemoTokens tokens = DemoTokens.of(platform.issuer());
			adminToken = tokens.user("admin");
			PlatformCalls.reportADeath(platform.url("intake"), tokens.riskSystem(), "S-1", "NOT-IN-ROSTER");
			caseId = await().atMost(Duration.ofSeconds(60))
				.until(() -> needsAttention(platform, adminToken), (id) -> id != null);
			client(platform, "dashboard", null).get().uri("/actuator/health").exchange().expectStatus().isOk();
			// Nothing but health answers without a token.
			client(platform, "outreach", null).get()
				.uri("/api/v1/outreach-cases")
				.exchange()
				.expectStatus()
				.isUnauthorized();
		}
		for (int port : ports.values()) {
			assertThat(LoopbackPorts.isFree(port)).as("port %d released", port).isTrue();
		}
		assertThat(LoopbackPorts.isFree(kafkaPort)).isTrue();
		assertThat(LoopbackPorts.isFree(postgresPort)).isTrue();
		assertThat(LoopbackPorts.isFree(authPort)).as("the identity provider's port released").isTrue();
		assertThat(Files.exists(dataDir.resolve("postgres").resolve("PG_VERSION"))).isTrue();

		try (RunningPlatform again = StandalonePlatform.launch(dataDir, kafkaPort, postgresPort, authPort, ports,
				List.of())) {
			// The signing key is kept with the data: a token from before the restart
			// still
			// works.
			assertThat(needsAttention(again, adminToken)).isEqualTo(caseId);
		}
	}

	private static String needsAttention(RunningPlatform platform, String adminToken) {
		return PlatformCalls.caseNeedingAttention(platform.url("outreach"), adminToken, "NOT-IN-ROSTER");
	}

	private static WebTestClient client(RunningPlatform platform, String service, String token) {
		return PlatformCalls.client(platform.url(service), token);
	}

}
