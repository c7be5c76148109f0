package org.peersupport.dashboard.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.contracts.EventType;
import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.AssignmentAccepted;
import org.peersupport.contracts.events.AssignmentDeclined;
import org.peersupport.contracts.events.AssignmentOffered;
import org.peersupport.contracts.events.CasePurged;
import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.contracts.events.CrisisAcknowledged;
import org.peersupport.contracts.events.CrisisRaised;
import org.peersupport.contracts.events.ErasureRequested;
import org.peersupport.contracts.events.FollowUpDue;
import org.peersupport.contracts.events.FollowUpTrigger;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.OutreachClosed;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.contracts.events.OutreachEscalated;
import org.peersupport.contracts.events.ReferralClosed;
import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.contracts.events.ReferralMade;
import org.peersupport.contracts.events.ReferralOutcome;
import org.peersupport.dashboard.DashboardServer;
import org.peersupport.dashboard.Feed;
import org.peersupport.testkit.MutableClock;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The promise of issue 14 to the program director: purging closed cases upstream, erasing
 * a person and rotating the pseudonym key change no figure and no export, while
 * afterwards no stored pseudonym can be recomputed from a staff id. A realistic program
 * (two reports, repeat involvement, own requests, offers, declines, check-ins,
 * escalation, follow-up, referral, crisis) on the real broker and database, in a facility
 * of its own; the smallest cell is 1 so every count shows.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "peersupport.dashboard.min-cell-size=1",
		"peersupport.dashboard.pseudonym-rotation-check=200ms" })
class FiguresSurvivePurgeIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String FACILITY = "PRIV-" + RUN;

	private static final Instant BASE = Instant.parse("2026-10-12T08:00:00Z");

	private static final String SLICE = "?facility=" + FACILITY + "&from=2026-10-01&to=2026-10-31";

	private static final MutableClock CLOCK = new MutableClock(Instant.now());

	@TestConfiguration
	static class Time {

		@Bean
		MutableClock clock() {
			return CLOCK;
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${spring.kafka.consumer.group-id}")
	String group;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		DashboardServer.infrastructure(registry, "figures-survive-purge-it");
	}

	private final List<String> sent = new ArrayList<>();

	private final List<OutreachClosed> closedCases = new ArrayList<>();

	@Test
	void purgeErasureAndKeyRotationChangeNoFigureAndLeaveNoLinkablePseudonym() {
		String erased = staff("C1");
		try (Feed feed = new Feed()) {
			program(feed);
		}
		awaitProcessed();
		Map<String, String> before = figures();
		assertThat(DashboardServer.display(before.get("summary"), "reach", "involved", 0))
			.as("C1 to C4 were involved, C1 twice: four people")
			.isEqualTo("4");
		assertThat(storedPseudonyms()).as("before the erasure the person is found under the current key")
			.contains(pseudonym(currentSecret(), erased));

		try (Feed feed = new Feed()) {
			for (OutreachClosed closed : this.closedCases) {
				send(feed, Events.CASE_PURGED, closed.staffId(), new CasePurged(closed.caseId(), closed.staffId(),
						FACILITY, closed.closedAt(), CLOCK.instant(), false));
			}
			send(feed, Events.ERASURE_REQUESTED, erased,
					new ErasureRequested(UUID.randomUUID().toString(), erased, CLOCK.instant()));
		}
		awaitProcessed();
		assertThat(figures()).as("after the purge and the erasure").isEqualTo(before);
		assertThat(storedPseudonyms()).as("the erased person is found under no key")
			.doesNotContain(pseudonym(currentSecret(), erased))
			.contains(pseudonym(currentSecret(), staff("C2")));

		int generation = generation();
		CLOCK.advance(Duration.ofDays(31));
		await().atMost(Duration.ofSeconds(30)).until(() -> generation() > generation);
		assertThat(figures()).as("after the key rotation").isEqualTo(before);
		List<byte[]> secrets = this.jdbc.queryForList("SELECT secret FROM pseudonym_key", byte[].class);
		assertThat(secrets).hasSize(1);
		for (String person : List.of("C1", "C2", "C3", "C4", "C5", "S1", "S2")) {
			assertThat(storedPseudonyms()).as(person + " under the key still present")
				.doesNotContain(pseudonym(secrets.get(0), staff(person)));
		}
	}

	@Test
	void aPoisonRecordOnEitherPrivacyTopicGoesToTheDeadLetterTopicWithItsReason() {
		String key = "poison-" + UUID.randomUUID();
		try (Feed feed = new Feed()) {
			for (String topic : List.of(Topics.OUTREACH_CASE_PURGED, Topics.OUTREACH_ERASURE_REQUESTED)) {
				feed.resendRaw(topic, key, "{not json");
			}
		}
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			List<ConsumerRecord<String, String>> dead = TopicReader
				.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(Topics.deadLetterTopic(this.group)))
				.stream()
				.filter((record) -> key.equals(record.key()))
				.toList();
			assertThat(dead)
				.extracting((record) -> new String(record.headers().lastHeader("peersupport-dlq-reason").value(),
						StandardCharsets.UTF_8))
				.hasSize(2)
				.anySatisfy((reason) -> assertThat(reason).contains("org.peersupport.outreach.case-purged.v1"))
				.anySatisfy((reason) -> assertThat(reason).contains("org.peersupport.outreach.erasure-requested.v1"));
		});
	}

	/**
	 * C1 is involved in both reports (two cases, one person), declines once and is
	 * reached on the second case; C2 is reached, followed up and referred; C3 is
	 * escalated and in crisis; C4 is offered and never answers; C5 asked herself and
	 * opted out at once. S1 and S2 are the supporters.
	 */
	private void program(Feed feed) {
		feed.staff(staff("S1"), "ICU", true, null);
		feed.staff(staff("S2"), "ED", true, null);
		feed.staff(staff("C1"), "ICU", false, null);
		feed.staff(staff("C2"), "ICU", false, null);
		feed.staff(staff("C3"), "ED", false, null);
		feed.staff(staff("C4"), "Surgery", false, null);
		feed.staff(staff("C5"), "ED", false, null);
		feed.reported(FACILITY, HarmLevel.DEATH, BASE, staff("C1"), staff("C2"), staff("C3"));
		feed.reported(FACILITY, HarmLevel.MODERATE, BASE.plus(2, ChronoUnit.DAYS), staff("C1"), staff("C4"));

		String c1a = due(feed, "C1", HarmLevel.DEATH, BASE);
		String offer = offered(feed, c1a, "C1", "S1", BASE.plus(1, ChronoUnit.HOURS));
		send(feed, Events.ASSIGNMENT_DECLINED, staff("C1"),
				new AssignmentDeclined(offer, c1a, staff("C1"), staff("S1"), BASE.plus(2, ChronoUnit.HOURS)));
		close(feed, c1a, "C1", CloseReason.DECLINED_BY_CLINICIAN, BASE.plus(3, ChronoUnit.DAYS));

		String c1b = due(feed, "C1", HarmLevel.MODERATE, BASE.plus(2, ChronoUnit.DAYS));
		reached(feed, c1b, "C1", "S2", BASE.plus(2, ChronoUnit.DAYS));
		close(feed, c1b, "C1", CloseReason.COMPLETED, BASE.plus(9, ChronoUnit.DAYS));

		String c2 = due(feed, "C2", HarmLevel.DEATH, BASE);
		reached(feed, c2, "C2", "S1", BASE);
		String followUp = UUID.randomUUID().toString();
		send(feed, Events.FOLLOW_UP_DUE, staff("C2"),
				new FollowUpDue(followUp, c2, staff("C2"), FollowUpTrigger.AFTER_FIRST_CONTACT, FACILITY,
						BASE.plus(3, ChronoUnit.DAYS), BASE.plus(4, ChronoUnit.DAYS), CaseSource.INCIDENT));
		feed.checkin(c2, staff("C2"), followUp, ContactOutcome.REACHED, BASE.plus(3, ChronoUnit.DAYS));
		String referral = UUID.randomUUID().toString();
		send(feed, Events.REFERRAL_MADE, staff("C2"), new ReferralMade(referral, c2, staff("C2"), ReferralKind.EAP,
				"eap", FACILITY, BASE.plus(3, ChronoUnit.DAYS)));
		send(feed, Events.REFERRAL_CLOSED, staff("C2"), new ReferralClosed(referral, c2, staff("C2"), ReferralKind.EAP,
				ReferralOutcome.CONNECTED, FACILITY, BASE.plus(5, ChronoUnit.DAYS)));
		close(feed, c2, "C2", CloseReason.COMPLETED, BASE.plus(10, ChronoUnit.DAYS));

		String c3 = due(feed, "C3", HarmLevel.DEATH, BASE);
		send(feed, Events.OUTREACH_ESCALATED, staff("C3"), new OutreachEscalated(c3, staff("C3"),
				"NO_SUPPORTER_ACCEPTED", BASE.plus(6, ChronoUnit.HOURS), CaseSource.INCIDENT));
		reached(feed, c3, "C3", "S2", BASE.plus(7, ChronoUnit.HOURS));
		String crisis = UUID.randomUUID().toString();
		send(feed, Events.CRISIS_RAISED, staff("C3"),
				new CrisisRaised(crisis, c3, staff("C3"), staff("S2"), FACILITY, BASE.plus(8, ChronoUnit.HOURS)));
		send(feed, Events.CRISIS_ACKNOWLEDGED, staff("C3"), new CrisisAcknowledged(crisis, c3, staff("C3"), "LEAD-1",
				FACILITY, BASE.plus(8, ChronoUnit.HOURS), BASE.plus(9, ChronoUnit.HOURS)));

		String c4 = due(feed, "C4", HarmLevel.MODERATE, BASE.plus(2, ChronoUnit.DAYS));
		offered(feed, c4, "C4", "S1", BASE.plus(2, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS));

		String c5 = UUID.randomUUID().toString();
		OutreachClosed optedOut = new OutreachClosed(c5, staff("C5"), CloseReason.OPTED_OUT, FACILITY,
				BASE.plus(1, ChronoUnit.DAYS), CaseSource.SELF_REQUEST);
		send(feed, Events.OUTREACH_CLOSED, staff("C5"), optedOut);
		this.closedCases.add(optedOut);
	}

	private String due(Feed feed, String who, HarmLevel harm, Instant at) {
		String caseId = UUID.randomUUID().toString();
		send(feed, Events.OUTREACH_DUE, staff(who), new OutreachDue(caseId, staff(who), List.of("e"), List.of(), harm,
				false, FACILITY, "UNIT-1", at, at, at.plus(1, ChronoUnit.DAYS)));
		return caseId;
	}

	private String offered(Feed feed, String caseId, String who, String supporter, Instant at) {
		String offerId = UUID.randomUUID().toString();
		send(feed, Events.ASSIGNMENT_OFFERED, staff(who),
				new AssignmentOffered(offerId, caseId, staff(who), staff(supporter), at));
		return offerId;
	}

	private void reached(Feed feed, String caseId, String who, String supporter, Instant at) {
		String offerId = offered(feed, caseId, who, supporter, at.plus(1, ChronoUnit.HOURS));
		send(feed, Events.ASSIGNMENT_ACCEPTED, staff(who),
				new AssignmentAccepted(offerId, caseId, staff(who), staff(supporter), at.plus(2, ChronoUnit.HOURS)));
		send(feed, Events.CHECKIN_COMPLETED, staff(who),
				new CheckinCompleted(UUID.randomUUID().toString(), caseId, offerId, staff(who), staff(supporter), null,
						ContactOutcome.REACHED, List.of(), List.of(), false, false, false, null,
						at.plus(5, ChronoUnit.HOURS)));
	}

	private void close(Feed feed, String caseId, String who, CloseReason reason, Instant at) {
		OutreachClosed closed = new OutreachClosed(caseId, staff(who), reason, FACILITY, at, CaseSource.INCIDENT);
		send(feed, Events.OUTREACH_CLOSED, staff(who), closed);
		this.closedCases.add(closed);
	}

	private <T> void send(Feed feed, EventType<T> type, String key, T data) {
		EventEnvelope envelope = feed.send(type, key, data);
		this.sent.add(envelope.id());
	}

	/** Every event this test sent has been folded in (the inbox holds its id). */
	private void awaitProcessed() {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ANY (?)",
					Integer.class, (Object) this.sent.toArray(String[]::new)) == this.sent.size());
	}

	/** The summary (without when it was read) and every CSV export of the slice. */
	private Map<String, String> figures() {
		Map<String, String> figures = new LinkedHashMap<>();
		JsonNode summary = EventJson.mapper().readTree(DashboardServer.summary(this.port, SLICE));
		((ObjectNode) summary).remove("generatedAt");
		figures.put("summary", summary.toString());
		List<String> tables = new ArrayList<>();
		summary.path("tables").properties().forEach((entry) -> tables.add(entry.getKey()));
		tables.add("attention");
		for (String table : tables) {
			figures.put(table + ".csv", DashboardServer.body(this.port, "/api/v1/export/" + table + ".csv" + SLICE));
		}
		return figures;
	}

	private List<String> storedPseudonyms() {
		return this.jdbc.queryForList("""
				SELECT person FROM involvement UNION SELECT person FROM case_timeline WHERE person IS NOT NULL
				UNION SELECT person FROM person_dimension UNION SELECT supporter FROM assignment""", String.class);
	}

	private byte[] currentSecret() {
		return this.jdbc.queryForObject("SELECT secret FROM pseudonym_key", byte[].class);
	}

	private int generation() {
		return this.jdbc.queryForObject("SELECT generation FROM pseudonym_key", Integer.class);
	}

	/**
	 * The dashboard's pseudonym, recomputed independently: HMAC-SHA-256, base64url, 22
	 * characters.
	 */
	private static String pseudonym(byte[] secret, String staffId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(staffId.getBytes(StandardCharsets.UTF_8)))
				.substring(0, 22);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String staff(String who) {
		return who + "-" + RUN;
	}

}
