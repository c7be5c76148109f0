package org.peersupport.referral;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;

import org.peersupport.testkit.MutableClock;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The referral service on the real broker and a fresh database, over HTTP, with a clock
 * the test moves. {@link #web} sends no token; {@link #as(String)} is a caller with a
 * real token of the test identity provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(MovableTime.class)
public abstract class ReferralServiceTest {

	protected static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	protected WebTestClient web;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected MutableClock clock;

	/** Shared build machines can be slow: wait as long for an answer as for an event. */
	@BeforeEach
	void patientClient() {
		this.web = this.web.mutate().responseTimeout(PATIENCE).build();
	}

	/** A client that sends this token on every request. */
	protected WebTestClient as(String token) {
		return this.web.mutate().defaultHeaders(TestIdentity.bearer(token)).build();
	}

	/** An administrator without a facility limit. */
	protected WebTestClient administrator() {
		return as(TestIdentity.get().administrator());
	}

	/** A member of staff, reading and moving their own referrals. */
	protected WebTestClient clinician(String staffId) {
		return as(TestIdentity.get().clinician(staffId));
	}

	/** An on-call lead without a facility limit. */
	protected WebTestClient lead(String staffId) {
		return as(TestIdentity.get().onCallLead(staffId));
	}

	/**
	 * Points the service at the shared broker and a fresh database, in its own consumer
	 * group, with timers polled often.
	 */
	protected static void infrastructure(DynamicPropertyRegistry registry, String consumerGroup) {
		TestInfrastructure.springProperties("referral").forEach((key, value) -> registry.add(key, () -> value));
		registry.add("spring.kafka.consumer.group-id", () -> consumerGroup);
		registry.add("peersupport.timers.polling-interval", () -> "200ms");
	}

	/** A JSON array from a GET, as records. */
	protected static <T> List<T> getList(WebTestClient client, Class<T> type, String uri, Object... variables) {
		return client.get()
			.uri(uri, variables)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(type)
			.returnResult()
			.getResponseBody();
	}

}
