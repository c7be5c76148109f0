package org.peersupport.processes;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.peersupport.testkit.RunnableJar;
import org.peersupport.testkit.TestIdentity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform as a health system runs it: each service from its own runnable jar, in its
 * own JVM, configured from environment variables only, talking to the others over one
 * Kafka broker. A report posted to intake becomes a case in outreach that matching could
 * not match (the clinician is in no roster) and outreach escalates: three processes and
 * four topics. Every service turns a caller without a token away, and every one stops on
 * SIGTERM.
 */
class SeparateProcessesIT {

	/** A route of each service that needs a token, and reads the service's own tables. */
	private static final Map<String, String> GUARDED = Map.of("intake",
			"/api/v1/adverse-events/00000000-0000-0000-0000-000000000000", "outreach", "/api/v1/outreach-cases",
			"matching", "/api/v1/policy", "referral", "/api/v1/resources", "dashboard", "/api/v1/summary");

	@Test
	void eachServiceRunsFromItsOwnJarAndAReportBecomesAnEscalatedCaseAcrossProcesses() throws Exception {
		Map<String, RunnableJar> services = new LinkedHashMap<>();
		try {
			List<String> names = List.of("intake", "outreach", "matching", "referral", "dashboard");
			Map<String, Integer> ports = new LinkedHashMap<>();
			names.forEach((service) -> ports.put(service, org.peersupport.embedded.LoopbackPorts.free()));
			// Outreach's own-copy download reads every other service's section.
			Map<String, String> ownCopy = new LinkedHashMap<>();
			ports.forEach((service, port) -> {
				if (!service.equals("outreach")) {
					ownCopy.put("PEERSUPPORT_MYRECORDS_SERVICES_" + service.toUpperCase(java.util.Locale.ROOT),
							"http://127.0.0.1:" + port);
				}
			});
			for (String service : names) {
				services.put(service,
						RunnableJar.service(service,
								RunnableJar.built(Path.of("..", "runnable", service, "target"),
										service + "-service-*.jar"),
								ports.get(service), service.equals("outreach") ? ownCopy : Map.of()));
			}
			services.values().forEach(RunnableJar::awaitServiceReady);
			for (Map.Entry<String, RunnableJar> service : services.entrySet()) {
				assertThat(service.getValue().get(GUARDED.get(service.getKey()), null).statusCode())
					.as("%s without a token", service.getKey())
					.isEqualTo(401);
			}
			assertThat(
					services.get("dashboard").get(GUARDED.get("dashboard"), TestIdentity.get().director()).statusCode())
				.isEqualTo(200);

			String staffId = "PROC-" + UUID.randomUUID();
			HttpResponse<String> accepted = services.get("intake")
				.post("/api/v1/adverse-events", TestIdentity.get().riskSystem("risk-processes"),
						"{\"source\":\"processes\",\"reportId\":\"" + UUID.randomUUID()
								+ "\",\"occurredAt\":\"2026-11-20T10:00:00Z\",\"harm\":\"DEATH\",\"involved\":[{\"staffId\":\""
								+ staffId + "\",\"role\":\"PRIMARY\"}]}");
			assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);

			String admin = TestIdentity.get().administrator();
			List<String> statuses = await().atMost(Duration.ofSeconds(90))
				.until(() -> JsonPath.read(
						services.get("outreach").get("/api/v1/outreach-cases?staffId=" + staffId, admin).body(),
						"$[*].status"), (found) -> found.contains("NEEDS_ATTENTION"));
			assertThat(statuses).containsExactly("NEEDS_ATTENTION");
		}
		finally {
			services.values().forEach(RunnableJar::close);
		}
		for (Map.Entry<String, RunnableJar> service : services.entrySet()) {
			assertThat(service.getValue().stoppedOnSigterm())
				.as("%s stopped on SIGTERM:%n%s", service.getKey(), service.getValue().tail())
				.isTrue();
		}
	}

}
