package org.peersupport.dashboard;

import org.junit.jupiter.api.Test;

import org.peersupport.testkit.fuzz.RouteFuzzer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's routes under the platform's route fuzzer, each as a caller its matrix
 * lets through: never a 5xx, every refusal a problem document, healthy afterwards.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RouteFuzzIT {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping routes;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		DashboardServer.infrastructure(registry, "dashboard-fuzz-it");
	}

	@Test
	void hostileRequestsOnEveryRouteNeverGetA5xx() {
		assertThat(RouteFuzzer
			.of(DashboardAuthorizationMatrixIT.matrix(DashboardServer.client(this.port), this.routes), this.routes)
			.service("dashboard")
			// Server-sent events: an answer that does not end. Its filters are the
			// summary's, which is fuzzed.
			.skip("GET /api/v1/stream", "an event stream never ends")
			.run()
			.serverErrors()).isZero();
	}

}
