package org.peersupport.intake;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.peersupport.testkit.AuthorizationMatrix;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import static org.peersupport.testkit.AuthorizationMatrix.Caller.RISK_SYSTEM;

/**
 * Intake's row of the authorization matrix over its real route list: risk systems only.
 * And the answers to bad credentials are clear problem documents, never a 5xx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class IntakeAuthorizationMatrixIT {

	@Autowired
	WebTestClient http;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping routes;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("intake").forEach((key, value) -> registry.add(key, () -> value));
	}

	@TestFactory
	Stream<DynamicTest> everyRouteAnswersEachCallerAsTheMatrixSays() {
		return matrix(this.http, this.routes).tests();
	}

	/**
	 * The matrix: the callers each route lets through; {@code RouteFuzzIT} sends as them.
	 */
	static AuthorizationMatrix matrix(WebTestClient web, RequestMappingHandlerMapping routes) {
		MediaType fhir = MediaType.parseMediaType("application/fhir+json");
		return AuthorizationMatrix.of(web, routes)
			.accessTrail()
			.allow("POST /api/v1/adverse-events", RISK_SYSTEM)
			.allow("GET /api/v1/adverse-events/{id}", RISK_SYSTEM)
			.allow("POST /api/v1/adverse-events/{eventId}/milestones", RISK_SYSTEM)
			.allow("POST /fhir/{version}/AdverseEvent", RISK_SYSTEM)
			.allow("POST /fhir/{version}", RISK_SYSTEM)
			.variable("version", "r4")
			.body("POST /fhir/{version}/AdverseEvent", fhir, "{\"resourceType\":\"AdverseEvent\"}")
			.body("POST /fhir/{version}", fhir, "{\"resourceType\":\"Bundle\",\"type\":\"batch\"}");
	}

	@Test
	void healthIsOpenAndMetricsAreTheOperatorsOnly() {
		this.http.get().uri("/actuator/health").exchange().expectStatus().isOk();
		this.http.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
		this.http.get()
			.uri("/actuator/metrics")
			.headers(TestIdentity.bearer(TestIdentity.get().administrator()))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.get()
			.uri("/actuator/metrics")
			.headers(TestIdentity.bearer(TestIdentity.get().operator()))
			.exchange()
			.expectStatus()
			.isOk();
	}

}
