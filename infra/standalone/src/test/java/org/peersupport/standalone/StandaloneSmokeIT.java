package org.peersupport.standalone;

import java.net.InetAddress;
import java.net.ServerSocket;
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

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
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
		int kafkaPort = pairOfFreePorts();
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
			client(platform, "intake", tokens.riskSystem()).post()
				.uri("/api/v1/adverse-events")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"source\":\"smoke\",\"reportId\":\"S-1\",\"occurredAt\":\"2026-11-20T10:00:00Z\","
						+ "\"harm\":\"DEATH\",\"involved\":[{\"staffId\":\"NOT-IN-ROSTER\",\"role\":\"PRIMARY\"}]}")
				.exchange()
				.expectStatus()
				.isAccepted();
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
			assertThat(isFree(port)).as("port %d released", port).isTrue();
		}
		assertThat(isFree(kafkaPort)).isTrue();
		assertThat(isFree(postgresPort)).isTrue();
		assertThat(isFree(authPort)).as("the identity provider's port released").isTrue();
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
		List<Map<String, Object>> cases = client(platform, "outreach", adminToken).get()
			.uri("/api/v1/outreach-cases?staffId=NOT-IN-ROSTER")
			.exchange()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
		return cases.stream()
			.filter((c) -> "NEEDS_ATTENTION".equals(c.get("status")))
			.map((c) -> String.valueOf(c.get("id")))
			.findFirst()
			.orElse(null);
	}

	private static WebTestClient client(RunningPlatform platform, String service, String token) {
		return WebTestClient.bindToServer()
			.baseUrl(platform.url(service))
			.responseTimeout(Duration.ofSeconds(20))
			.defaultHeaders((headers) -> {
				if (token != null) {
					headers.setBearerAuth(token);
				}
			})
			.build();
	}

	/**
	 * The broker needs two neighbouring ports: one for clients, one for its controller.
	 */
	private static int pairOfFreePorts() throws Exception {
		for (int i = 0; i < 20; i++) {
			int port = LoopbackPorts.free();
			if (isFree(port + 1)) {
				return port;
			}
		}
		throw new IllegalStateException("no two neighbouring free ports");
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

}
