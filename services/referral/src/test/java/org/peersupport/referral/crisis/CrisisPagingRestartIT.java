package org.peersupport.referral.crisis;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.peersupport.referral.CheckinFeed;
import org.peersupport.referral.ReferralApplication;
import org.peersupport.testkit.MutableClock;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Escalation survives a restart: the service pages lead 1 and stops; a new instance on
 * the same database pages lead 2 once the acknowledgement window has passed.
 */
class CrisisPagingRestartIT {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final PagerGateway gateway = new PagerGateway();

	@AfterAll
	static void stopGateway() {
		gateway.close();
	}

	@Test
	void aRestartedServiceResumesPagingWhereTheLastOneStopped() throws Exception {
		Map<String, Object> properties = new HashMap<>(TestInfrastructure.springProperties("referral"));
		properties.put("server.port", "0");
		properties.put("spring.kafka.consumer.group-id", "referral-restart-it-" + UUID.randomUUID());
		properties.put("peersupport.referral.crisis.pager-url", gateway.url());
		properties.put("peersupport.referral.crisis.on-call[0].lead-id", "LEAD-1");
		properties.put("peersupport.referral.crisis.on-call[0].pager-id", "PAGER-1");
		properties.put("peersupport.referral.crisis.on-call[1].lead-id", "LEAD-2");
		properties.put("peersupport.referral.crisis.on-call[1].pager-id", "PAGER-2");
		properties.put("peersupport.timers.polling-interval", "200ms");
		MutableClock clock = new MutableClock(Instant.now());

		String staffId = "RESTART-" + UUID.randomUUID();
		String crisisId;
		try (ConfigurableApplicationContext first = start(properties, clock)) {
			CheckinFeed.send(CheckinFeed.envelope(CheckinFeed.checkin(staffId, "MAIN", false, true)));
			// Other test classes' services (cached contexts in this JVM) hear the same
			// check-in and may announce their crisis first: wait for this service's own.
			// Other test classes' crisis check-ins are on the topic too: find this one.
			crisisId = await().atMost(PATIENCE)
				.until(() -> first.getBean(Crises.class)
					.list(true)
					.stream()
					.filter((crisis) -> crisis.staffId().equals(staffId))
					.findFirst(), java.util.Optional::isPresent)
				.orElseThrow()
				.id();
			await().atMost(PATIENCE).until(() -> first.getBean(Crises.class).pages(crisisId).size() == 1);
		}
		assertThat(gateway.requestsFor(crisisId)).extracting(PagerGateway.Received::leadId).containsExactly("LEAD-1");

		clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		try (ConfigurableApplicationContext second = start(properties, clock)) {
			await().atMost(PATIENCE).until(() -> second.getBean(Crises.class).pages(crisisId).size() == 2);
			List<PageAttempt> pages = second.getBean(Crises.class).pages(crisisId);
			assertThat(pages).extracting(PageAttempt::leadId).containsExactly("LEAD-1", "LEAD-2");
			assertThat(gateway.requestsFor(crisisId)).extracting(PagerGateway.Received::leadId)
				.containsExactly("LEAD-1", "LEAD-2");
			second.getBean(Crises.class).acknowledge(crisisId, "LEAD-2");
		}
	}

	private static ConfigurableApplicationContext start(Map<String, Object> properties, MutableClock clock) {
		// As arguments: they take precedence over the service's own properties file.
		String[] arguments = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(ReferralApplication.class)
			.initializers((context) -> context.getBeanFactory().registerSingleton("clock", clock))
			.run(arguments);
	}

}
