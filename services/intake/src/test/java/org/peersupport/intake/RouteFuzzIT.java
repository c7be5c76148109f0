package org.peersupport.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import ca.uhn.fhir.context.FhirContext;
import org.junit.jupiter.api.Test;

import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.fuzz.FuzzReport;
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
 * Intake's routes under the platform's route fuzzer, with intake's own valid documents to
 * mutate: the FHIR fixtures as JSON and as XML, on the R4 and R5 endpoints, and a native
 * report. At least 10,000 requests (intake's fuzzer always sent that many): every answer
 * a 2xx or a problem document, never a 5xx, and afterwards intake is healthy and accepts
 * a good report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "peersupport.intake.rate-limit.requests-per-period=1000000")
@AutoConfigureWebTestClient(timeout = "PT30S")
class RouteFuzzIT {

	static final int PAYLOADS = 10_000;

	private static final List<String> FIXTURES = List.of("bundle-practitioners", "contained-practitioner",
			"practitioner-role", "near-miss", "death", "medication-ncc-merp", "ahrq-harm", "no-staff", "nonconformant",
			"batch-mixed");

	private static final String NATIVE = """
			{"source":"fuzz","reportId":"F-1","occurredAt":"2026-11-20T03:10:00Z","harm":"SEVERE","category":"MEDICATION",
			 "unit":"ICU","involved":[{"staffId":"N-1","role":"PRIMARY"},{"staffId":"N-2","role":"WITNESS"}],
			 "patient":{"mrn":"x"},"narrative":"y"}""";

	@Autowired
	WebTestClient http;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping routes;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("intake").forEach((key, value) -> registry.add(key, () -> value));
	}

	@Test
	void hostileRequestsOnEveryRouteNeverGetA5xxAndIntakeStillAcceptsAGoodReport() {
		RouteFuzzer fuzzer = RouteFuzzer.of(IntakeAuthorizationMatrixIT.matrix(this.http, this.routes), this.routes)
			.service("intake")
			.atLeast(PAYLOADS)
			// FHIR's refusals are OperationOutcomes, in the format the sender used.
			.errorsAs(
					List.of(MediaType.parseMediaType("application/fhir+json"),
							MediaType.parseMediaType("application/fhir+xml")),
					"POST /fhir/{version}", "POST /fhir/{version}/AdverseEvent")
			.sample("POST /api/v1/adverse-events", Map.of(), MediaType.APPLICATION_JSON, NATIVE);
		for (String version : List.of("r4", "r5")) {
			FhirContext fhir = version.equals("r4") ? FhirContext.forR4Cached() : FhirContext.forR5Cached();
			for (String fixture : FIXTURES) {
				String json = read("/fhir/" + version + "/" + fixture + ".json");
				String xml = fhir.newXmlParser().encodeResourceToString(fhir.newJsonParser().parseResource(json));
				String route = json.contains("\"Bundle\"") ? "POST /fhir/{version}"
						: "POST /fhir/{version}/AdverseEvent";
				fuzzer
					.sample(route, Map.of("version", version), MediaType.parseMediaType("application/fhir+json"), json)
					.sample(route, Map.of("version", version), MediaType.parseMediaType("application/fhir+xml"), xml);
			}
		}
		FuzzReport report = fuzzer.run();

		assertThat(report.serverErrors()).isZero();
		assertThat(report.cases()).isGreaterThanOrEqualTo(PAYLOADS);
		assertThat(report.byStatus().keySet()).contains(400)
			.anyMatch((status) -> status == 200 || status == 201 || status == 202);
		this.http.post()
			.uri("/api/v1/adverse-events")
			.headers(TestIdentity.bearer(TestIdentity.get().riskSystem("rl6")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(NATIVE.replace("F-1", "F-after"))
			.exchange()
			.expectStatus()
			.isAccepted();
	}

	private static String read(String resource) {
		try (InputStream in = RouteFuzzIT.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
