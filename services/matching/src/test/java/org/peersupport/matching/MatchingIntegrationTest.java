package org.peersupport.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.peersupport.testkit.MutableClock;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What matching's integration tests share: a real broker and a fresh database, a clock
 * the tests move (the scheduler reads it too), and the HTTP client, with a real token for
 * each caller.
 */
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(MatchingIntegrationTest.MovableTime.class)
abstract class MatchingIntegrationTest {

	static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

	@Autowired
	WebTestClient web;

	@Autowired
	JdbcTemplate jdbc;

	@TestConfiguration
	static class MovableTime {

		@Bean
		Clock clock() {
			return CLOCK;
		}

	}

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("matching").forEach((key, value) -> registry.add(key, () -> value));
		// A group of its own, so no earlier run's committed offsets hide records.
		String group = "matching-it-" + UUID.randomUUID();
		registry.add("spring.kafka.consumer.group-id", () -> group);
	}

	/** The client of an administrator without a facility limit. */
	WebTestClient admin() {
		return as(TestIdentity.get().administrator());
	}

	/**
	 * The client of a member of staff: a clinician, or a supporter if the roster says so.
	 */
	WebTestClient staff(Object staffId) {
		return as(TestIdentity.get().clinician(String.valueOf(staffId)));
	}

	WebTestClient as(String token) {
		return this.web.mutate().defaultHeaders(TestIdentity.bearer(token)).build();
	}

	WebTestClient.BodyContentSpec importRoster(String csv) {
		return admin().post()
			.uri("/api/v1/staff/import")
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue(csv)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

}
