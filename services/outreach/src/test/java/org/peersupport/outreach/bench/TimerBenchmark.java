package org.peersupport.outreach.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.sun.management.OperatingSystemMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.outreach.OutreachApplication;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Schedules many outreach cases due within a horizon and measures how late each offer
 * went out: lag = the time the offer-due timer announced the case minus its due time.
 * Runs the real outreach application (db-scheduler, handlers, outbox relay to a real
 * broker) on the real PostgreSQL, with the system clock.
 *
 * <p>
 * Settings (system properties): {@code bench.cases} (100000), {@code bench.horizon}
 * (PT1H), {@code bench.lead} (PT2M, time before the first case is due),
 * {@code bench.polling} (PT1S, the production default), {@code bench.threads} (8),
 * {@code bench.report-file}.
 */
public final class TimerBenchmark {

	private static final Logger log = LoggerFactory.getLogger(TimerBenchmark.class);

	/**
	 * The offer-due timer's task (outreachcase.OfferDueTimer.TASK); its subject is the
	 * case.
	 */
	private static final String OFFER_DUE = "outreach-offer-due";

	private TimerBenchmark() {
	}

	public static void main(String[] args) {
		int status = 1;
		try {
			run();
			status = 0;
		}
		catch (Throwable ex) {
			log.error("Timer benchmark failed", ex);
		}
		// The in-process broker's threads, and the test identity provider's HTTP server
		// (every service trusts it, so TestInfrastructure starts it), would keep the JVM
		// (and Maven) waiting: end the run explicitly, failing it when the benchmark did.
		TestInfrastructure.kafka().close();
		System.exit(status);
	}

	private static void run() throws IOException {
		int cases = Integer.getInteger("bench.cases", 100_000);
		Duration horizon = Duration.parse(System.getProperty("bench.horizon", "PT1H"));
		Duration lead = Duration.parse(System.getProperty("bench.lead", "PT2M"));
		String polling = System.getProperty("bench.polling", "PT1S");
		String threads = System.getProperty("bench.threads", "8");
		Path reportFile = Path.of(System.getProperty("bench.report-file", "target/timer-benchmark.md"));

		List<String> arguments = new ArrayList<>();
		TestInfrastructure.springProperties("outreach").forEach((k, v) -> arguments.add("--" + k + "=" + v));
		arguments
			.addAll(List.of("--server.port=0", "--spring.kafka.consumer.group-id=outreach-bench-" + UUID.randomUUID(),
					"--peersupport.timers.polling-interval=" + polling, "--peersupport.timers.threads=" + threads,
					"--logging.level.root=WARN", "--logging.level.org.peersupport.outreach.bench=INFO"));
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OutreachApplication.class)
			.run(arguments.toArray(String[]::new))) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			SchedulerClient timers = app.getBean(SchedulerClient.class);
			Instant firstDue = Instant.now().plus(lead);
			long scheduling = System.nanoTime();
			schedule(jdbc, timers, cases, firstDue, horizon);
			Duration schedulingTook = Duration.ofNanos(System.nanoTime() - scheduling);
			log.info("Scheduled {} cases in {}; the first is due at {}", cases, schedulingTook, firstDue);

			OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
			waitUntil(firstDue);
			long cpuAtStart = os.getProcessCpuTime();
			long wallAtStart = System.nanoTime();
			Instant deadline = firstDue.plus(horizon).plus(Duration.ofMinutes(10));
			long announced = 0;
			while (announced < cases && Instant.now().isBefore(deadline)) {
				sleep(Duration.ofSeconds(10));
				announced = count(jdbc, "SELECT count(*) FROM outreach_case WHERE announced_at IS NOT NULL");
				log.info("{} of {} offers sent", announced, cases);
			}
			long cpu = os.getProcessCpuTime() - cpuAtStart;
			Duration wall = Duration.ofNanos(System.nanoTime() - wallAtStart);
			Map<String, Object> lag = jdbc.queryForMap("""
					SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50,
					       percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99,
					       max(ms) AS max, min(ms) AS min, count(*) AS fired
					FROM (SELECT extract(epoch FROM announced_at - due_at) * 1000 AS ms
					      FROM outreach_case WHERE announced_at IS NOT NULL) lags
					""");
			long unfired = count(jdbc, "SELECT count(*) FROM scheduled_tasks WHERE task_name = '" + OFFER_DUE + "'");
			String report = String.format("""
					| setting | value |
					|---|---|
					| cases | %d |
					| due within | %s (uniformly spread) |
					| polling interval / threads | %s / %s |
					| scheduling took | %s |
					| offers sent | %s |
					| timers left unfired | %d |
					| lag p50 | %.0f ms |
					| lag p99 | %.0f ms |
					| lag max | %.0f ms |
					| lag min | %.0f ms |
					| process CPU time while firing | %.1f s over %.1f s wall (%.0f%% of one core) |
					| cores | %d |
					""", cases, horizon, polling, threads, schedulingTook, lag.get("fired"), unfired,
					number(lag.get("p50")), number(lag.get("p99")), number(lag.get("max")), number(lag.get("min")),
					cpu / 1e9, wall.toMillis() / 1e3, 100.0 * cpu / wall.toNanos(),
					Runtime.getRuntime().availableProcessors());
			Files.createDirectories(reportFile.toAbsolutePath().getParent());
			Files.writeString(reportFile, report);
			log.info("Timer benchmark:\n{}", report);
		}
	}

	/**
	 * Cases and their offer-due timers (one per case, as {@code DurableTimers} writes
	 * them), in batches of 1,000 through db-scheduler's batch insert.
	 */
	private static void schedule(JdbcTemplate jdbc, SchedulerClient timers, int cases, Instant firstDue,
			Duration horizon) {
		Instant now = Instant.now();
		int batch = 1000;
		for (int start = 0; start < cases; start += batch) {
			List<Object[]> caseRows = new ArrayList<>();
			List<Object[]> eventRows = new ArrayList<>();
			List<SchedulableInstance<?>> instances = new ArrayList<>();
			for (int i = start; i < Math.min(cases, start + batch); i++) {
				UUID caseId = UUID.randomUUID();
				Instant due = firstDue.plusNanos(horizon.toNanos() / cases * i);
				caseRows.add(new Object[] { caseId, "BENCH-" + i, Timestamp.from(now), Timestamp.from(due),
						Timestamp.from(due.plus(Duration.ofDays(1))), Timestamp.from(now), Timestamp.from(now) });
				eventRows.add(new Object[] { UUID.randomUUID(), caseId, "bench-event-" + i, Timestamp.from(now) });
				instances.add(SchedulableInstance.of(new TaskInstance<>(OFFER_DUE, caseId.toString()), due));
			}
			jdbc.batchUpdate(
					"""
							INSERT INTO outreach_case (id, staff_id, status, harm, high_impact, facility, unit, first_received_at,
							    due_at, window_ends_at, opened_at, updated_at)
							VALUES (?, ?, 'SCHEDULED', 'SEVERE', false, 'BENCH', 'ICU', ?, ?, ?, ?, ?)
							""",
					caseRows);
			jdbc.batchUpdate(
					"INSERT INTO case_event (id, case_id, event_id, role, co_involved, added_at) VALUES (?, ?, ?, 'PRIMARY', '', ?)",
					eventRows);
			timers.scheduleBatch(instances);
		}
	}

	private static long count(JdbcTemplate jdbc, String sql) {
		Long count = jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

	private static double number(Object value) {
		return (value != null) ? ((Number) value).doubleValue() : Double.NaN;
	}

	private static void waitUntil(Instant when) {
		Duration left = Duration.between(Instant.now(), when);
		if (!left.isNegative()) {
			sleep(left);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
