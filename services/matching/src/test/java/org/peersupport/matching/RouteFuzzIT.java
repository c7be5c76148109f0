package org.peersupport.matching;

import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.peersupport.testkit.fuzz.RouteFuzzer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching's routes under the platform's route fuzzer, each as a caller its matrix lets
 * through, with the roster imported so the supporters exist: never a 5xx, every refusal a
 * problem document, healthy afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class RouteFuzzIT {

	private static final int SMTP_PORT = SupporterTestSupport.freePort();

	private static final GreenMail SMTP = SupporterTestSupport.startMailServer(SMTP_PORT);

	@Autowired
	WebTestClient http;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping routes;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SupporterTestSupport.properties(registry, SMTP_PORT);
	}

	@AfterAll
	static void stopMail() {
		SMTP.stop();
	}

	@Test
	void hostileRequestsOnEveryRouteNeverGetA5xx() {
		SupporterTestSupport.importRoster(this.http, SupporterTestSupport.ROSTER);
		assertThat(RouteFuzzer.of(MatchingAuthorizationMatrixIT.matrix(this.http, this.routes), this.routes)
			.service("matching")
			// The portal and the e-mail's links are for a browser: their errors are
			// pages.
			.errorsAs(List.of(MediaType.TEXT_HTML), "GET /portal/{supporterId}",
					"POST /portal/{supporterId}/offers/{offerId}/{action}",
					"POST /portal/{supporterId}/offers/{offerId}/checkins", "POST /portal/{supporterId}/recognition",
					"GET /offers/{offerId}/{action}", "POST /offers/{offerId}/{action}")
			// The console's roster, directory and manual assignment: pages too.
			.errorsAs(List.of(MediaType.TEXT_HTML), "GET /console/roster", "POST /console/roster/preview",
					"POST /console/roster/apply", "GET /console/roster/directory", "GET /console/cases/{caseId}/assign",
					"POST /console/cases/{caseId}/assign")
			// So are the supporters' and recognition pages (the CSV is a download: its
			// errors are problems).
			.errorsAs(List.of(MediaType.TEXT_HTML), "GET /console/supporters", "GET /console/supporters/{staffId}",
					"POST /console/supporters/{staffId}/training", "POST /console/supporters/{staffId}/pause",
					"POST /console/supporters/{staffId}/resume", "GET /console/recognition")
			.run()
			.serverErrors()).isZero();
	}

}
