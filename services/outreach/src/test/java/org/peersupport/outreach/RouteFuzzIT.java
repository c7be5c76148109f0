package org.peersupport.outreach;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.fuzz.RouteFuzzer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outreach's routes under the platform's route fuzzer, each as a caller its matrix lets
 * through: never a 5xx, every refusal a problem document, healthy afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class RouteFuzzIT {

	@Autowired
	WebTestClient http;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping routes;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("outreach").forEach((key, value) -> registry.add(key, () -> value));
		// Only HTTP is under test: this context neither consumes nor answers the other
		// tests' traffic on the shared broker.
		registry.add("spring.kafka.listener.auto-startup", () -> "false");
		String group = "outreach-fuzz-" + UUID.randomUUID();
		registry.add("spring.kafka.consumer.group-id", () -> group);
	}

	@Test
	void hostileRequestsOnEveryRouteNeverGetA5xx() {
		assertThat(RouteFuzzer.of(OutreachAuthorizationMatrixIT.matrix(this.http, this.routes), this.routes)
			.service("outreach")
			// The pages' own refusals are pages.
			.errorsAs(List.of(MediaType.TEXT_HTML), "GET /check-in", "POST /check-in", "GET /refer-a-colleague",
					"POST /refer-a-colleague", "GET /console/policy", "POST /console/policy",
					"GET /console/policy/history", "GET /console/templates", "POST /console/templates")
			// The console's worklist and case pages too.
			.errorsAs(List.of(MediaType.TEXT_HTML), "GET /console", "GET /console/cases/{caseId}",
					"POST /console/cases/{caseId}/outside-contact", "POST /console/cases/{caseId}/closure",
					"POST /console/cases/{caseId}/team-debrief/{debriefId}")
			.run()
			.serverErrors()).isZero();
	}

}
