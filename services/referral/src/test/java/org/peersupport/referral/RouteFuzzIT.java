package org.peersupport.referral;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.peersupport.testkit.fuzz.RouteFuzzer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referral's routes under the platform's route fuzzer, each as a caller its matrix lets
 * through: never a 5xx, every refusal a problem document, healthy afterwards.
 */
class RouteFuzzIT extends ReferralServiceTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping routes;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		infrastructure(registry, "referral-fuzz-" + UUID.randomUUID());
	}

	@Test
	void hostileRequestsOnEveryRouteNeverGetA5xx() {
		assertThat(RouteFuzzer.of(ReferralAuthorizationMatrixIT.matrix(this.web, this.routes), this.routes)
			.service("referral")
			// The console's pages answer refused forms with the page again (HTML).
			.errorsAs(List.of(MediaType.TEXT_HTML), "GET /console/resources", "GET /console/resources/new",
					"POST /console/resources", "GET /console/resources/{code}", "POST /console/resources/{code}",
					"POST /console/resources/{code}/delete", "GET /console/resources/{code}/facility",
					"POST /console/resources/{code}/facility", "POST /console/resources/{code}/facility/remove",
					"GET /console/on-call", "POST /console/on-call")
			.run()
			.serverErrors()).isZero();
	}

}
