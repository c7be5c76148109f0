package org.peersupport.load;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.embedded.LoopbackPorts;
import org.peersupport.standalone.PlatformService;
import org.peersupport.standalone.RunningPlatform;
import org.peersupport.standalone.StandalonePlatform;

/**
 * Drives the standalone platform (real KRaft broker, embedded PostgreSQL, five services)
 * over HTTP: imports a roster, posts reports from several concurrent senders, waits until
 * every involved clinician has an offer, and reports intake throughput, intake latency
 * percentiles, the report-to-first-offer latency the dashboard computes, and how long the
 * dashboard takes to answer a director once it holds every case. Loopback only; bounded
 * in count and time.
 */
public final class LoadDriver {

	private static final int CLINICIANS_PER_REPORT = 2;

	private static final int SUPPORTERS = 100;

	private static final Duration DRAIN_LIMIT = Duration.ofMinutes(10);

	private static final int DASHBOARD_WARM_UP = 5;

	private static final int DASHBOARD_READS = 40;

	private final PlatformClient platform;

	private LoadDriver(RunningPlatform platform) {
		this.platform = new PlatformClient(platform);
	}

	public static void main(String[] args) throws Exception {
		int reports = Integer.getInteger("load.reports", 500);
		int concurrency = Integer.getInteger("load.concurrency", 16);
		Path reportFile = Path.of(System.getProperty("load.report-file", "target/load-report.md"));
		Path dataDir = Files.createTempDirectory("peersupport-load");
		Map<PlatformService, Integer> ports = new EnumMap<>(PlatformService.class);
		for (PlatformService service : PlatformService.values()) {
			ports.put(service, 0);
		}
		int kafkaPort = LoopbackPorts.freePair();
		try (RunningPlatform platform = StandalonePlatform.launch(dataDir, kafkaPort, LoopbackPorts.free(), ports,
				List.of("--logging.level.org.peersupport=WARN",
						"--peersupport.intake.rate-limit.requests-per-period=1000000"))) {
			String report = new LoadDriver(platform).run(reports, concurrency);
			System.out.println(report);
			Files.createDirectories(reportFile.toAbsolutePath().getParent());
			Files.writeString(reportFile, report);
		}
	}

	private String run(int reports, int concurrency) throws Exception {
		importRoster(reports * CLINICIANS_PER_REPORT);
		liftQuietHours();
		List<Long> latenciesNanos = Collections.synchronizedList(new ArrayList<>());
		long start = System.nanoTime();
		ExecutorService senders = Executors.newFixedThreadPool(concurrency);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < reports; i++) {
				int n = i;
				answers.add(senders.submit(() -> postReport(n, latenciesNanos)));
			}
			for (Future<Integer> answer : answers) {
				int status = answer.get();
				if (status != 202) {
					throw new IllegalStateException("intake answered " + status);
				}
			}
		}
		finally {
			senders.shutdown();
		}
		double postSeconds = (System.nanoTime() - start) / 1e9;
		JsonNode reportToOffer = awaitAllOffered(reports * CLINICIANS_PER_REPORT);
		double drainSeconds = (System.nanoTime() - start) / 1e9;
		List<Long> whole = timeDashboardReads("/api/v1/summary");
		List<Long> filtered = timeDashboardReads("/api/v1/summary?harm=MODERATE&granularity=DAY");
		return new LoadReport(reports, CLINICIANS_PER_REPORT, concurrency, latenciesNanos, postSeconds, drainSeconds,
				reportToOffer, whole, filtered)
			.render();
	}

	private void importRoster(int clinicians) throws IOException, InterruptedException {
		StringBuilder csv = new StringBuilder(
				"staffId,name,email,department,role,supervisorId,supporter,trained,maxActive\n");
		for (int i = 0; i < clinicians; i++) {
			csv.append("C-")
				.append(i)
				.append(",Clinician ")
				.append(i)
				.append(",c")
				.append(i)
				.append("@load.test,ICU,RN,,false,false,0\n");
		}
		for (int i = 0; i < SUPPORTERS; i++) {
			csv.append("P-")
				.append(i)
				.append(",Peer ")
				.append(i)
				.append(",p")
				.append(i)
				.append("@load.test,ED,RN,,true,true,")
				.append(clinicians / SUPPORTERS + 5)
				.append('\n');
		}
		HttpResponse<String> answer = this.platform.post("matching", "/api/v1/staff/import", "admin", "text/csv",
				csv.toString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("roster import failed: " + answer.body());
		}
	}

	/**
	 * The default policy holds moderate-harm offers through the facility's quiet hours,
	 * so a run at night would measure the policy's wait rather than the pipeline. The
	 * driver replaces the default policy with the same one without quiet hours, through
	 * the administrators' API, so every run measures the same thing whatever the time of
	 * day.
	 */
	private void liftQuietHours() throws IOException, InterruptedException {
		HttpResponse<String> current = this.platform.get("outreach", "/api/v1/policy", "admin");
		ObjectNode policy = (ObjectNode) EventJson.mapper().readTree(current.body()).required("policy");
		policy.remove("quietHours");
		HttpResponse<String> answer = this.platform.put("outreach", "/api/v1/policy", "admin", "application/json",
				policy.toString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("policy update failed: " + answer.body());
		}
	}

	private int postReport(int n, List<Long> latenciesNanos) throws IOException, InterruptedException {
		String body = """
				{"source":"load","reportId":"L-%d","occurredAt":"%s","harm":"MODERATE","category":"MEDICATION",
				 "unit":"ICU","involved":[{"staffId":"C-%d","role":"PRIMARY"},{"staffId":"C-%d","role":"WITNESS"}],
				 "patient":{"mrn":"LOAD-%d"},"narrative":"synthetic load report"}
				""".formatted(n, Instant.now().minusSeconds(600), 2 * n, 2 * n + 1, n);
		long sent = System.nanoTime();
		HttpResponse<String> answer = this.platform.post("intake", "/api/v1/adverse-events", PlatformClient.RISK_SYSTEM,
				"application/json", body);
		latenciesNanos.add(System.nanoTime() - sent);
		return answer.statusCode();
	}

	private JsonNode awaitAllOffered(int cases) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode summary = EventJson.mapper()
				.readTree(this.platform.get("dashboard", "/api/v1/summary", "director").body());
			JsonNode reportToOffer = reportToOffer(summary);
			if (reportToOffer != null && reportToOffer.path(0).path("value").asDouble(0) >= cases) {
				return reportToOffer;
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("not every case was offered within " + DRAIN_LIMIT);
	}

	/**
	 * Times one director's reads of the dashboard once every case is in its read model:
	 * each read runs every figure's query and suppression. A few untimed reads warm up
	 * first.
	 */
	private List<Long> timeDashboardReads(String path) throws IOException, InterruptedException {
		List<Long> nanos = new ArrayList<>();
		for (int i = 0; i < DASHBOARD_WARM_UP + DASHBOARD_READS; i++) {
			long sent = System.nanoTime();
			HttpResponse<String> answer = this.platform.get("dashboard", path, "director");
			long took = System.nanoTime() - sent;
			if (answer.statusCode() != 200) {
				throw new IllegalStateException("dashboard answered " + answer.statusCode() + ": " + answer.body());
			}
			if (i >= DASHBOARD_WARM_UP) {
				nanos.add(took);
			}
		}
		Collections.sort(nanos);
		return nanos;
	}

	/**
	 * The dashboard's "report → offer" row: cells are the number of offered cases, then
	 * the median and the 90th percentile in hours. Null until the dashboard has any
	 * figures.
	 */
	private static JsonNode reportToOffer(JsonNode summary) {
		for (JsonNode row : summary.path("tables").path("timeliness").path("rows")) {
			if ("report-to-offer".equals(row.path("key").asString())) {
				return row.path("cells");
			}
		}
		return null;
	}

}
