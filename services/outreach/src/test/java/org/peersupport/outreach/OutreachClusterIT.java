package org.peersupport.outreach;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.events.EscalationReasons;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.outreach.outreachcase.OutreachCaseQueries;
import org.peersupport.outreach.outreachcase.OutreachCaseView;
import org.peersupport.testkit.MutableClock;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Durable timers across instances: two outreach instances on one database fire each timer
 * exactly once, and a timer that fell due while no instance ran fires after a restart.
 */
class OutreachClusterIT {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final MutableClock CLOCK = new MutableClock(java.time.Instant.parse("2026-11-19T03:00:00Z"));

	private static final Map<String, String> DATABASE_AND_BROKER = TestInfrastructure.springProperties("outreach");

	private static final String GROUP = "outreach-cluster-" + UUID.randomUUID();

	private final List<ConfigurableApplicationContext> running = new ArrayList<>();

	@AfterEach
	void stopInstances() {
		this.running.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void twoInstancesOnOneDatabaseFireEachTimerExactlyOnce() {
		ConfigurableApplicationContext first = start("outreach-a");
		start("outreach-b");
		CLOCK.advanceToNext(LocalTime.of(22, 0), NEW_YORK);
		String[] staff = IntStream.rangeClosed(1, 40).mapToObj((i) -> "CL-" + i).toArray(String[]::new);
		OutreachTraffic.report(CLOCK.instant(), HarmLevel.MODERATE, null, "MAIN", staff);
		OutreachCaseQueries queries = first.getBean(OutreachCaseQueries.class);
		List<OutreachCaseView> cases = await().atMost(PATIENCE)
			.until(() -> java.util.Arrays.stream(staff).flatMap((s) -> queries.forClinician(s).stream()).toList(),
					(found) -> found.size() == staff.length);
		assertThat(cases).allSatisfy((c) -> assertThat(c.dueAt()).isAfter(CLOCK.instant()));

		CLOCK.advanceTo(cases.get(0).dueAt());
		assertEachCaseOnce(cases, Topics.OUTREACH_DUE, (r) -> true);

		CLOCK.advanceTo(cases.get(0).windowEndsAt());
		assertEachCaseOnce(cases, Topics.OUTREACH_ESCALATED, (r) -> EscalationReasons.WINDOW_MISSED
			.equals(OutreachTraffic.data(r, Events.OUTREACH_ESCALATED).reason()));
		assertEachCaseOnce(cases, Topics.OUTREACH_ESCALATED, (r) -> EscalationReasons.WINDOW_AT_RISK
			.equals(OutreachTraffic.data(r, Events.OUTREACH_ESCALATED).reason()));
	}

	@Test
	void aTimerThatFellDueWhileNoInstanceRanFiresAfterARestart() {
		ConfigurableApplicationContext before = start("outreach-before");
		CLOCK.advanceToNext(LocalTime.of(22, 0), NEW_YORK);
		OutreachTraffic.report(CLOCK.instant(), HarmLevel.MODERATE, null, "MAIN", "RS-1");
		OutreachCaseView scheduled = await().atMost(PATIENCE)
			.until(() -> before.getBean(OutreachCaseQueries.class).forClinician("RS-1"), (c) -> c.size() == 1)
			.get(0);
		before.close();
		this.running.remove(before);

		CLOCK.advanceTo(scheduled.dueAt().plus(Duration.ofHours(1)));
		assertThat(OutreachTraffic.published(Topics.OUTREACH_DUE, scheduled.id())).isEmpty();
		start("outreach-after");
		assertEachCaseOnce(List.of(scheduled), Topics.OUTREACH_DUE, (r) -> true);
	}

	private static void assertEachCaseOnce(List<OutreachCaseView> cases, String topic,
			java.util.function.Predicate<ConsumerRecord<String, String>> which) {
		Function<List<ConsumerRecord<String, String>>, Map<String, Long>> perCase = (records) -> cases.stream()
			.collect(Collectors.toMap(OutreachCaseView::id,
					(c) -> records.stream().filter((r) -> r.value().contains(c.id())).filter(which).count()));
		await().atMost(PATIENCE)
			.until(() -> perCase.apply(OutreachTraffic.published(topic, "")).values().stream().allMatch((n) -> n >= 1));
		await().during(Duration.ofSeconds(2))
			.atMost(PATIENCE)
			.untilAsserted(() -> assertThat(perCase.apply(OutreachTraffic.published(topic, "")))
				.allSatisfy((caseId, count) -> assertThat(count).as(caseId).isEqualTo(1)));
	}

	private ConfigurableApplicationContext start(String instance) {
		List<String> args = new ArrayList<>();
		DATABASE_AND_BROKER.forEach((key, value) -> args.add("--" + key + "=" + value));
		args.addAll(List.of("--server.port=0", "--spring.kafka.consumer.group-id=" + GROUP,
				"--peersupport.timers.instance-name=" + instance, "--peersupport.timers.polling-interval=PT0.1S"));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(OutreachApplication.class)
			.initializers((ctx) -> ctx.getBeanFactory().registerSingleton("clock", CLOCK))
			.registerShutdownHook(false)
			.run(args.toArray(String[]::new));
		this.running.add(context);
		return context;
	}

}
