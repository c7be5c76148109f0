package org.peersupport.infra.k8s;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import org.peersupport.matching.notification.NotificationMetrics;
import org.peersupport.matching.offer.OfferMetrics;
import org.peersupport.messaging.deadletter.DeadLetters;
import org.peersupport.messaging.metrics.TimerMetrics;
import org.peersupport.messaging.outbox.OutboxMetrics;
import org.peersupport.referral.crisis.CrisisMetrics;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboard and the Prometheus alert rules (infra/observability) parse, and
 * every metric they query is one the services export, under the name Prometheus gives it:
 * the platform's meters are bound from the services' own metrics classes, so a meter
 * renamed in code fails here. The library meters (HTTP and Kafka client metrics) are
 * named by Spring Boot and Kafka; PlatformEndToEndIT finds each in every service's
 * scrape.
 */
class ObservabilityFilesTest {

	private static final Path FILES = ManifestsTest.MODULE.resolve("../observability").normalize();

	/**
	 * Metric names in PromQL: the platform's, Kafka clients' and Boot's HTTP server's.
	 */
	private static final Pattern METRIC = Pattern
		.compile("\\b((?:peersupport|kafka_consumer|http_server_requests)_[a-z0-9_]+)\\b");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

	@Test
	void everyMetricTheDashboardAndTheAlertsQueryIsExported() throws IOException {
		Set<String> exported = exported();
		List<String> queries = new ArrayList<>(dashboardQueries());
		queries.addAll(alertQueries());
		Set<String> used = new TreeSet<>();
		for (String query : queries) {
			Matcher metric = METRIC.matcher(query);
			while (metric.find()) {
				used.add(metric.group(1));
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(exported).containsAll(used);
		// Every platform meter is on the dashboard: a new one needs a panel.
		assertThat(used).containsAll(exported.stream()
			.filter((name) -> name.startsWith("peersupport_") && !name.endsWith("_created"))
			.toList());
	}

	@Test
	void theAlertsTheIssueAsksForAreThere() throws IOException {
		JsonNode groups = YAML.readTree(FILES.resolve("alerts.yaml").toFile()).path("groups");
		List<String> alerts = new ArrayList<>();
		groups.forEach((group) -> group.path("rules").forEach((rule) -> {
			alerts.add(rule.path("alert").asText());
			assertThat(rule.path("expr").asText()).as(rule.path("alert").asText()).isNotBlank();
			assertThat(rule.path("annotations").path("runbook").asText()).startsWith("docs/observability.md#");
		}));
		assertThat(alerts).containsExactlyInAnyOrder("DeadLetterNotEmpty", "OutboxOlderThanOneMinute", "TimersOverdue",
				"ConsumerLagRising", "CrisisUnacknowledged");
	}

	/** Every sample name the services' meters have in a Prometheus scrape. */
	private static Set<String> exported() {
		PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
		// No database: the gauges read NaN, their names are what counts here.
		JdbcTemplate noDatabase = new JdbcTemplate();
		List<MeterBinder> platform = List.of(new OutboxMetrics(noDatabase, Clock.systemUTC(), Duration.ZERO),
				new TimerMetrics(noDatabase, Clock.systemUTC(), Duration.ZERO), new OfferMetrics(),
				new NotificationMetrics(noDatabase, Duration.ZERO),
				new CrisisMetrics(noDatabase, Clock.systemUTC(), Duration.ZERO));
		platform.forEach((binder) -> binder.bindTo(registry));
		Counter.builder(DeadLetters.RECORDS_METRIC).tag("group", "g").tag("topic", "t").register(registry);
		// Library meters, as Boot (percentiles histogram on) and Kafka's client name
		// them.
		Timer.builder("http.server.requests").publishPercentileHistogram().register(registry);
		Gauge.builder("kafka.consumer.fetch.manager.records.lag.max", () -> 0).register(registry);
		Set<String> names = new TreeSet<>();
		for (String line : registry.scrape().split("\n")) {
			if (!line.isBlank() && !line.startsWith("#")) {
				names.add(line.split("[{ ]", 2)[0]);
			}
		}
		return names;
	}

	private static List<String> dashboardQueries() throws IOException {
		JsonNode dashboard = JSON.readTree(FILES.resolve("grafana-dashboard.json").toFile());
		assertThat(dashboard.path("title").asText()).isNotBlank();
		List<String> queries = new ArrayList<>();
		dashboard.path("panels").forEach((panel) -> panel.path("targets").forEach((target) -> {
			assertThat(target.path("expr").asText()).as(panel.path("title").asText()).isNotBlank();
			queries.add(target.path("expr").asText());
		}));
		assertThat(queries).hasSizeGreaterThanOrEqualTo(9);
		return queries;
	}

	private static List<String> alertQueries() throws IOException {
		List<String> queries = new ArrayList<>();
		YAML.readTree(FILES.resolve("alerts.yaml").toFile())
			.path("groups")
			.forEach((group) -> group.path("rules").forEach((rule) -> queries.add(rule.path("expr").asText())));
		return queries;
	}

}
