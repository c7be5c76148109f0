package org.peersupport.dashboard;

import java.time.Duration;
import java.util.UUID;

import org.peersupport.testkit.TestInfrastructure;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What every dashboard integration test shares: infrastructure and an HTTP client. */
public final class DashboardServer {

	private DashboardServer() {
	}

	/**
	 * The real broker and a fresh database, and a consumer group of the test's own, so
	 * committed offsets of earlier runs never hide records. The group name is fixed once
	 * here (the supplier is called on every lookup).
	 */
	public static void infrastructure(DynamicPropertyRegistry registry, String test) {
		TestInfrastructure.springProperties("dashboard").forEach((key, value) -> registry.add(key, () -> value));
		String group = test + "-" + UUID.randomUUID();
		registry.add("spring.kafka.consumer.group-id", () -> group);
	}

	public static WebTestClient client(int port) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(60))
			.build();
	}

}
