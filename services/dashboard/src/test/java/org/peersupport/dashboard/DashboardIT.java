package org.peersupport.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.events.AssignmentExpired;
import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.contracts.events.CrisisAcknowledged;
import org.peersupport.contracts.events.CrisisRaised;
import org.peersupport.contracts.events.EscalationReasons;
import org.peersupport.contracts.events.FollowUpDue;
import org.peersupport.contracts.events.FollowUpTrigger;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.IncidentMilestone;
import org.peersupport.contracts.events.MilestoneKind;
import org.peersupport.contracts.events.OutreachClosed;
import org.peersupport.contracts.events.OutreachEscalated;
import org.peersupport.contracts.events.ReferralClosed;
import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.contracts.events.ReferralMade;
import org.peersupport.contracts.events.ReferralOutcome;
import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.web.CsvRecords;
import org.peersupport.testkit.TestIdentity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peersupport.dashboard.DashboardServer.display;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard against a real broker and database, fed contract events on every topic:
 * the figures, their suppression in the API and in CSV, filters, the live stream and the
 * monthly report.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	/** Two days ago on the hour, so the period filters have whole days around it. */
	private static final Instant BASE = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

	private static final List<String> NORTH_CASES = new ArrayList<>();

	private static String missedWindowCase;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		DashboardServer.infrastructure(registry, "dashboard-it");
	}

	/**
	 * NORTH: seven ICU clinicians, all offered within the window, six accepted, five
	 * reached, one opted out. SOUTH: two surgeons, one offered late, one whose window was
	 * missed. Supporters in ED, one with training about to expire.
	 */
	@BeforeEach
	void program() {
		if (!NORTH_CASES.isEmpty()) {
			return;
		}
		// After the context started: the service creates the topics (the broker does
		// not).
		try (Feed feed = new Feed()) {
			for (int i = 1; i <= 7; i++) {
				feed.staff("S-" + i, "ED", true, LocalDate.now().plusDays((i == 7) ? 10 : 400));
			}
			for (int i = 1; i <= 7; i++) {
				feed.staff("C-" + i, "ICU", false, null);
			}
			feed.staff("C-9", "Surgery", false, null);
			feed.staff("C-10", "Surgery", false, null);
			String north = feed.reported("NORTH", HarmLevel.MODERATE, BASE, "C-1", "C-2", "C-3", "C-4", "C-5", "C-6",
					"C-7");
			feed.reported("SOUTH", HarmLevel.SEVERE, BASE, "C-9", "C-10");
			for (int i = 1; i <= 7; i++) {
				String staff = "C-" + i;
				String caseId = feed.due(staff, "NORTH", HarmLevel.MODERATE, BASE);
				NORTH_CASES.add(caseId);
				Instant offeredAt = BASE.plus(i, ChronoUnit.HOURS);
				String supporter = "S-" + i;
				String offer = feed.offered(caseId, staff, supporter, offeredAt);
				if (i <= 6) {
					feed.accepted(offer, caseId, staff, supporter, offeredAt.plus(30, ChronoUnit.MINUTES));
				}
				if (i <= 5) {
					feed.checkin(caseId, staff, null, ContactOutcome.REACHED, offeredAt.plus(2, ChronoUnit.HOURS));
				}
				if (i == 7) {
					feed.send(Events.OUTREACH_CLOSED, staff, new OutreachClosed(caseId, staff, CloseReason.OPTED_OUT,
							"NORTH", offeredAt.plusSeconds(60)));
				}
				if (i <= 6) {
					String followUp = "FU-" + i;
					feed.send(Events.FOLLOW_UP_DUE, staff,
							new FollowUpDue(followUp, caseId, staff, FollowUpTrigger.AFTER_FIRST_CONTACT, "NORTH",
									BASE.plus(1, ChronoUnit.DAYS), BASE.plus(2, ChronoUnit.DAYS)));
					if (i <= 5) {
						feed.checkin(caseId, staff, followUp, ContactOutcome.REACHED, BASE.plus(30, ChronoUnit.HOURS));
					}
					else {
						feed.send(Events.OUTREACH_ESCALATED, staff, new OutreachEscalated(caseId, staff,
								EscalationReasons.FOLLOW_UP_MISSED, BASE.plus(2, ChronoUnit.DAYS)));
					}
					String referral = "R-" + i;
					feed.send(Events.REFERRAL_MADE, staff, new ReferralMade(referral, caseId, staff, ReferralKind.EAP,
							"EAP", "NORTH", offeredAt.plus(3, ChronoUnit.HOURS)));
					if (i <= 5) {
						feed.send(Events.REFERRAL_CLOSED, staff, new ReferralClosed(referral, caseId, staff,
								ReferralKind.EAP, ReferralOutcome.CONNECTED, "NORTH", BASE.plus(1, ChronoUnit.DAYS)));
					}
				}
			}
			feed.send(Events.CRISIS_RAISED, "C-1",
					new CrisisRaised("K-1", NORTH_CASES.get(0), "C-1", "S-1", "NORTH", BASE.plus(3, ChronoUnit.HOURS)));
			feed.send(Events.CRISIS_ACKNOWLEDGED, "C-1",
					new CrisisAcknowledged("K-1", NORTH_CASES.get(0), "C-1", "LEAD-1", "NORTH",
							BASE.plus(3, ChronoUnit.HOURS), BASE.plus(3, ChronoUnit.HOURS).plusSeconds(720)));
			feed.send(Events.INCIDENT_MILESTONE, north, new IncidentMilestone("M-1", north, MilestoneKind.RCA_SCHEDULED,
					BASE.plus(5, ChronoUnit.DAYS), BASE));
			String late = feed.due("C-9", "SOUTH", HarmLevel.SEVERE, BASE);
			feed.offered(late, "C-9", "S-1", BASE.plus(30, ChronoUnit.HOURS));
			missedWindowCase = feed.due("C-10", "SOUTH", HarmLevel.SEVERE, BASE);
			String expiredOffer = feed.offered(missedWindowCase, "C-10", "S-2", BASE.plus(1, ChronoUnit.HOURS));
			feed.send(Events.ASSIGNMENT_EXPIRED, "C-10", new AssignmentExpired(expiredOffer, missedWindowCase, "C-10",
					"S-2", BASE.plus(5, ChronoUnit.HOURS)));
			feed.send(Events.OUTREACH_ESCALATED, "C-10", new OutreachEscalated(missedWindowCase, "C-10",
					EscalationReasons.WINDOW_MISSED, BASE.plus(25, ChronoUnit.HOURS)));
		}
	}

	private String summary(String query) {
		return DashboardServer.summary(this.port, query);
	}

	private String body(String uri) {
		return DashboardServer.body(this.port, uri);
	}

	private String awaitSettled() {
		await().atMost(PATIENCE).untilAsserted(() -> {
			String json = summary("");
			assertThat(display(json, "crises", "acknowledged", 0)).isEqualTo("<5");
			assertThat(display(json, "follow-ups", "all", 2)).isEqualTo("<5");
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM referral WHERE kind = 'EAP' AND made_at IS NOT NULL AND outcome IS NOT NULL",
					Long.class))
				.isEqualTo(5);
			assertThat(JsonPath.<List<?>>read(json, "$.attention")).hasSize(2);
			assertThat(display(json, "reach", "involved", 0)).isEqualTo("9");
			assertThat(display(json, "reach", "offered", 0)).isEqualTo("9");
			assertThat(display(json, "capacity", "active", 0)).isEqualTo("7");
			assertThat(display(json, "milestones", "all", 0)).isEqualTo("1");
		});
		return summary("");
	}

	@Test
	void reachTimelinessAndOutcomesFromEveryTopic() {
		String json = awaitSettled();
		assertThat(display(json, "reach", "events", 0)).isEqualTo("2");
		assertThat(display(json, "reach", "accepted", 0)).isEqualTo("6");
		assertThat(display(json, "reach", "reached", 0)).isEqualTo("5");
		assertThat(display(json, "reach", "opted-out", 0)).isEqualTo("<5");
		assertThat(JsonPath.<Object>read(json, "$.headline.casesOpened.value")).isEqualTo(9.0);
		// Report → offer: 1..7 h in NORTH, 1 h and 30 h in SOUTH: median of nine is 4 h.
		assertThat(display(json, "timeliness", "report-to-offer", 1)).isEqualTo("4.0 h");
		assertThat(display(json, "timeliness", "offer-to-acceptance", 1)).isEqualTo("0.5 h");
		assertThat(display(json, "timeliness", "report-to-first-contact", 1)).isEqualTo("5.0 h");
		assertThat(display(json, "timeliness", "report-to-first-contact", 0)).isEqualTo("5");
		// Eight of nine within the window: the one late case, and so its complement, are
		// hidden.
		assertThat(display(json, "policy-window", "offered", 0)).isEqualTo("9");
		assertThat(display(json, "policy-window", "late", 0)).isEqualTo("<5");
		assertThat(display(json, "policy-window", "within", 0)).isEqualTo("<5");
		assertThat(display(json, "policy-window", "within", 1)).isEqualTo("<5");
		// One opted out, eight open, the rest zero: the eight would give the one away.
		assertThat(display(json, "outcomes", "OPTED_OUT", 0)).isEqualTo("<5");
		assertThat(display(json, "outcomes", "OPEN", 0)).isEqualTo("<5");
		assertThat(display(json, "outcomes", "COMPLETED", 0)).isEqualTo("0");
		assertThat(display(json, "outcomes", "all", 0)).isEqualTo("9");
		assertThat(display(json, "referrals", "EAP", 0)).isEqualTo("6");
		assertThat(display(json, "referrals", "EAP", 5)).isEqualTo("<5");
		assertThat(display(json, "follow-ups", "all", 0)).isEqualTo("6");
		assertThat(display(json, "follow-ups", "all", 1)).isEqualTo("<5");
		assertThat(display(json, "capacity", "training-expiring", 0)).isEqualTo("<5");
		assertThat(display(json, "operational", "reach-rate", 1)).isEqualTo("5");
		assertThat(display(json, "operational", "median-interactions", 0)).isEqualTo("2.0");
	}

	@Test
	void theAttentionListShowsCaseIdsAndReasonsOnly() {
		String json = awaitSettled();
		List<Map<String, Object>> attention = JsonPath.read(json, "$.attention");
		assertThat(attention).extracting((c) -> c.get("caseId"))
			.containsExactlyInAnyOrder(missedWindowCase, NORTH_CASES.get(5));
		assertThat(attention).extracting((c) -> c.get("reason"))
			.containsExactlyInAnyOrder("WINDOW_MISSED", "FOLLOW_UP_MISSED");
		assertThat(attention.get(0).keySet()).containsExactlyInAnyOrder("caseId", "reason", "since");
		assertThat(display(json, "escalations", "all", 1)).isEqualTo("<5");
	}

	@Test
	void aSmallFacilityAndItsComplementAreHiddenButTheTotalShows() {
		String json = awaitSettled();
		assertThat(display(json, "reach-by-facility", "SOUTH", 0)).isEqualTo("<5");
		assertThat(display(json, "reach-by-facility", "NORTH", 0)).as("else 9 - 7 gives SOUTH away").isEqualTo("<5");
		assertThat(display(json, "reach-by-facility", "all", 0)).isEqualTo("9");
		assertThat(display(json, "reach-by-department-group", "critical-care", 0)).isEqualTo("<5");
		assertThat(display(json, "reach-by-department-group", "surgery", 0)).isEqualTo("<5");
	}

	@Test
	void filteringToTheLargeFacilityCannotBeSubtractedFromTheUnfilteredTotal() {
		awaitSettled();
		String north = summary("?facility=NORTH");
		// NORTH alone has 7 cases, which is not small, but 9 (all) - 7 = 2 would reveal
		// SOUTH.
		assertThat(display(north, "outcomes", "all", 0)).isEqualTo("<5");
		assertThat(JsonPath.<String>read(north, "$.headline.casesOpened.display")).isEqualTo("<5");
		String critical = summary("?departmentGroup=critical-care");
		assertThat(display(critical, "reach", "involved", 0)).isEqualTo("<5");
		String everything = summary("?from=" + LocalDate.ofInstant(BASE, ZoneOffset.UTC).minusDays(1));
		assertThat(display(everything, "outcomes", "all", 0)).as("a period covering everything differs by 0")
			.isEqualTo("9");
		String before = summary("?to=" + LocalDate.ofInstant(BASE, ZoneOffset.UTC).minusDays(1));
		assertThat(display(before, "outcomes", "all", 0)).isEqualTo("0");
	}

	@Test
	void aDirectorLimitedToAFacilitySeesThatFacilityOnly() {
		awaitSettled();
		WebTestClient northDirector = DashboardServer.client(this.port, TestIdentity.get().director("NORTH"));
		String json = northDirector.get()
			.uri("/api/v1/summary")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(JsonPath.<List<String>>read(json, "$.slice.within")).containsExactly("NORTH");
		assertThat(JsonPath.<List<String>>read(json, "$.facilities")).containsExactly("NORTH");
		assertThat(JsonPath.<List<?>>read(json, "$.tables['reach-by-facility'].rows[?(@.key=='SOUTH')]")).isEmpty();
		List<Map<String, Object>> attention = JsonPath.read(json, "$.attention");
		assertThat(attention).extracting((c) -> c.get("caseId")).containsExactly(NORTH_CASES.get(5));
		// Seven NORTH cases, protected exactly as the view of NORTH is (9 - 7 gives
		// SOUTH).
		assertThat(display(json, "outcomes", "all", 0)).isEqualTo("<5");
		assertThat(display(json, "reach", "involved", 0))
			.isEqualTo(display(summary("?facility=NORTH"), "reach", "involved", 0));
		northDirector.get().uri("/api/v1/summary?facility=NORTH").exchange().expectStatus().isOk();
		for (String uri : List.of("/api/v1/summary?facility=SOUTH", "/api/v1/export/reach.csv?facility=SOUTH",
				"/reports/monthly?month=2026-11&facility=SOUTH", "/api/v1/stream?facility=SOUTH")) {
			northDirector.get()
				.uri(uri)
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
		List<List<String>> csv = CsvRecords.strict(northDirector.get()
			.uri("/api/v1/export/reach-by-facility.csv")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
		assertThat(csv).extracting((row) -> row.get(0)).doesNotContain("SOUTH");
	}

	@Test
	void everyTableExportsAsCsvWithTheSameSuppression() {
		awaitSettled();
		for (String table : List.of("reach", "outcomes", "reach-by-facility", "reach-by-department-group",
				"reach-by-harm", "reach-by-source", "timeliness", "policy-window", "trend", "escalations", "attention",
				"follow-ups", "referrals", "crises", "team-debriefs", "capacity", "operational", "milestones")) {
			String csv = client().get()
				.uri("/api/v1/export/" + table + ".csv")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(CsvRecords.strict(csv)).as(table).isNotEmpty();
		}
		List<List<String>> facilities = CsvRecords.strict(body("/api/v1/export/reach-by-facility.csv"));
		assertThat(facilities.get(0)).containsExactly("key", "row", "Cases", "Offered", "Accepted", "Reached");
		assertThat(facilities).contains(List.of("all", "All", "9", "9", "6", "5"));
		assertThat(facilities.stream().filter((r) -> r.get(0).equals("SOUTH")).findFirst().orElseThrow().get(2))
			.isEqualTo("<5");
		client().get().uri("/api/v1/export/patients.csv").exchange().expectStatus().isNotFound();
	}

	@Test
	@Order(Order.DEFAULT + 1)
	void aRedeliveredEventIsCountedOnce() {
		awaitSettled();
		try (Feed feed = new Feed()) {
			EventEnvelope again = feed.send(Events.REFERRAL_MADE, "C-1", new ReferralMade("R-dup", NORTH_CASES.get(0),
					"C-1", ReferralKind.THERAPY, "T", "NORTH", BASE.plus(4, ChronoUnit.HOURS)));
			feed.resend(Topics.REFERRALS_MADE, "C-1", again);
			feed.resend(Topics.REFERRALS_MADE, "C-1", again);
		}
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(
					JsonPath.<List<?>>read(summary(""), "$.tables.referrals.rows[?(@.key=='THERAPY')]"))
				.hasSize(1));
		await().during(Duration.ofSeconds(2)).atMost(PATIENCE).untilAsserted(() -> {
			String json = summary("");
			assertThat(display(json, "referrals", "all", 0)).isEqualTo("7");
			assertThat(display(json, "referrals", "THERAPY", 0)).isEqualTo("<5");
		});
	}

	/** Last: it opens a tenth case. */
	@Test
	@Order(Order.DEFAULT + 2)
	void theLiveStreamPushesANewViewWhenACaseOpens() {
		awaitSettled();
		Flux<ServerSentEvent<Map<String, Object>>> stream = DashboardServer.director(this.port)
			.get()
			.uri("/api/v1/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {
			})
			.getResponseBody()
			.filter((event) -> "summary".equals(event.event()));
		java.util.concurrent.atomic.AtomicBoolean opened = new java.util.concurrent.atomic.AtomicBoolean();
		List<Object> seen = stream.map(DashboardIT::cases).publishOn(Schedulers.boundedElastic()).doOnNext((count) -> {
			if (opened.compareAndSet(false, true)) {
				try (Feed feed = new Feed()) {
					feed.due("C-11", "NORTH", HarmLevel.MILD, Instant.now());
				}
			}
		}).takeUntil((count) -> Double.valueOf(10.0).equals(count)).collectList().block(PATIENCE);
		assertThat(seen).as("first the current view, then the one with the new case").containsExactly(9.0, 10.0);
	}

	/**
	 * After the others: a leaver's tombstone on the directory is applied (the person no
	 * longer counts as active), never dead-lettered, and what the entry carried sealed is
	 * never needed: the dashboard reads the department only.
	 */
	@Test
	@Order(Order.DEFAULT + 3)
	void aDirectoryTombstoneMarksThePersonInactiveAndIsNotDeadLettered() {
		awaitSettled();
		try (Feed feed = new Feed()) {
			feed.send(Events.STAFF_DIRECTORY_ENTRY, "L-1",
					new StaffDirectoryEntry("L-1", "ps1:AAECAwQFBgcICQoLDA0ODw==", "ps1:EBESExQVFhcYGRobHB0eHw==",
							"D-LEFT", "RN", null, true, true, null, true, 2, Instant.now()));
			await().atMost(PATIENCE)
				.until(() -> this.jdbc.queryForObject(
						"SELECT count(*) FROM person_dimension WHERE department = 'D-LEFT' AND active",
						Integer.class) == 1);
			feed.tombstone(Topics.STAFF_DIRECTORY, "L-1");
		}
		await().atMost(PATIENCE)
			.until(() -> this.jdbc.queryForObject(
					"SELECT count(*) FROM person_dimension WHERE department = 'D-LEFT' AND NOT active",
					Integer.class) == 1);
	}

	@Test
	void theMonthlyReportPrintsTheMonthsTablesSuppressed() {
		awaitSettled();
		YearMonth month = YearMonth.from(BASE.atZone(ZoneOffset.UTC));
		String html = body("/reports/monthly?month=" + month);
		assertThat(html).contains("/assets/report.css").contains("Reach (distinct clinicians)").contains("&lt;5");
		// The content security policy runs no inline style or script: both are files.
		assertThat(html).doesNotContain("<style").doesNotContain("onclick").doesNotContain("<script>");
		assertThat(body("/assets/report.css")).contains("@media print");
		assertThat(body("/assets/report.js")).contains("window.print()");
		client().get()
			.uri("/reports/monthly?month=November")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("month");
	}

	@Test
	void badFiltersAreProblemsNamingTheField() {
		client().get()
			.uri("/api/v1/summary?harm=catastrophic&from=yesterday&departmentGroup=nope")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat((List<Object>) fields).containsExactlyInAnyOrder("harm", "from",
					"departmentGroup"));
	}

	@Test
	void theReadModelsHoldNoStaffIdsNamesOrAddresses() {
		awaitSettled();
		List<String> tables = this.jdbc.queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()", String.class);
		StringBuilder everything = new StringBuilder();
		for (String table : tables) {
			this.jdbc.queryForList("SELECT t::text FROM " + table + " t", String.class)
				.forEach((row) -> everything.append(row).append('\n'));
		}
		assertThat(everything).contains(NORTH_CASES.get(0));
		for (String identity : List.of("C-1,", "C-10", "S-7", "Name C-1", "@hospital.test")) {
			assertThat(everything).doesNotContain(identity);
		}
	}

	private static Object cases(ServerSentEvent<Map<String, Object>> event) {
		Map<?, ?> headline = (Map<?, ?>) event.data().get("headline");
		return ((Map<?, ?>) headline.get("casesOpened")).get("value");
	}

	/** A program director without a facility limit. */
	private WebTestClient client() {
		return DashboardServer.director(this.port);
	}

}
