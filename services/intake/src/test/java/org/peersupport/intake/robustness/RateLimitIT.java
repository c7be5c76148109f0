package org.peersupport.intake.robustness;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A client over its limit is told to slow down, clearly; reads are never limited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "peersupport.intake.rate-limit.requests-per-period=3",
				"peersupport.intake.rate-limit.period=1h" })
@AutoConfigureWebTestClient(timeout = "PT30S")
class RateLimitIT {

	@Autowired
	WebTestClient http;

	/** Every request here is a risk system's, with a real token. */
	@BeforeEach
	void signInAsRiskSystem() {
		this.http = this.http.mutate()
			.defaultHeaders(TestIdentity.bearer(TestIdentity.get().riskSystem("rl6")))
			.build();
	}

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("intake").forEach((key, value) -> registry.add(key, () -> value));
	}

	@Test
	void theRequestOverTheLimitGets429WithRetryAfterAndReadsStillWork() {
		for (int i = 0; i < 3; i++) {
			post();
		}
		post().expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.valueEquals("Retry-After", "3600")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> org.assertj.core.api.Assertions.assertThat(detail.toString()).contains("retry after"));
	}

	@Test
	void statusLookupsAreNotLimitedOnceTheBudgetIsSpent() {
		for (int i = 0; i < 4; i++) {
			post();
		}
		post().expectStatus().isEqualTo(429);
		this.http.get()
			.uri("/api/v1/adverse-events/00000000-0000-0000-0000-000000000000")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	private WebTestClient.ResponseSpec post() {
		return this.http.post()
			.uri("/api/v1/adverse-events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange();
	}

}
