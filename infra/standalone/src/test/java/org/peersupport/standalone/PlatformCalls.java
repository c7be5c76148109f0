package org.peersupport.standalone;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What the tests of a whole running platform (in this JVM or started from its jar) do
 * over HTTP, as a risk system and an administrator would.
 */
final class PlatformCalls {

	private PlatformCalls() {
	}

	/** Posts a report of a death involving one clinician who is not in the roster. */
	static void reportADeath(String intakeUrl, String riskSystemToken, String reportId, String staffId) {
		client(intakeUrl, riskSystemToken).post()
			.uri("/api/v1/adverse-events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"source\":\"smoke\",\"reportId\":\"" + reportId
					+ "\",\"occurredAt\":\"2026-11-20T10:00:00Z\"," + "\"harm\":\"DEATH\",\"involved\":[{\"staffId\":\""
					+ staffId + "\",\"role\":\"PRIMARY\"}]}")
			.exchange()
			.expectStatus()
			.isAccepted();
	}

	/**
	 * The id of the clinician's case that waits for the administrator (a clinician
	 * outside the roster cannot be matched), or null while there is none.
	 */
	static String caseNeedingAttention(String outreachUrl, String adminToken, String staffId) {
		List<Map<String, Object>> cases = client(outreachUrl, adminToken).get()
			.uri("/api/v1/outreach-cases?staffId={staffId}", staffId)
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

	/** A client of one service, with a bearer token unless it is null. */
	static WebTestClient client(String baseUrl, String token) {
		return WebTestClient.bindToServer()
			.baseUrl(baseUrl)
			.responseTimeout(Duration.ofSeconds(20))
			.defaultHeaders((headers) -> {
				if (token != null) {
					headers.setBearerAuth(token);
				}
			})
			.build();
	}

}
