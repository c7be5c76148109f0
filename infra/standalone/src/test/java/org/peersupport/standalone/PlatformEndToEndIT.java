package org.peersupport.standalone;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.peersupport.contracts.Topics;
import org.peersupport.embedded.PostgresServer;
import org.peersupport.standalone.logging.DemoLoggers;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform on a real KRaft broker and a real PostgreSQL: a report becomes an
 * offer to an eligible supporter, nothing is doubled, nothing private leaks, and poison
 * is set aside.
 */
@ExtendWith(OutputCaptureExtension.class)
class PlatformEndToEndIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String ROSTER = """
			staffId,name,email,department,role,supervisorId,supporter,trained,maxActive
			C-100,Dana Reyes,dana@hospital.test,ICU,RN,S-900,false,false,0
			C-101,Ken Ito,ken@hospital.test,ICU,MD,,false,false,0
			C-102,Ada Obi,ada@hospital.test,ED,RN,,false,false,0
			C-103,Tom Lund,tom@hospital.test,ED,RN,,no,no,
			S-900,Sam Boss,sam@hospital.test,ICU,Charge RN,,true,true,3
			P-1,Pat Peer,pat@hospital.test,ED,RN,,true,true,6
			P-2,Lee Peer,lee@hospital.test,Surgery,MD,,true,true,6
			P-3,Una Trained,una@hospital.test,ED,RN,,true,false,3
			N-201,Ines Duarte,ines@hospital.test,ICU,RN,,false,false,0
			N-202,Omar Haddad,omar@hospital.test,ICU,RN,,false,false,0
			X-1,,nobody@hospital.test,ED,RN,,true,true,1
			X-2,Bad Flag,bad@hospital.test,ED,RN,,maybe,true,1
			C-110,Rui Costa,rui@hospital.test,ED,MD,,false,false,0
			C-120,Mia Sato,mia@hospital.test,Surgery,RN,,false,false,0
			C-130,Eli Park,eli@hospital.test,Surgery,RN,,false,false,0
			""";

	private static PlatformUnderTest platform;

	private static PlatformLogLines.Watch logWatch;

	@BeforeAll
	static void startPlatform() {
		// k = 1: this test follows single reports through the flow, so no cell may be
		// suppressed (suppression itself is tested in services/dashboard).
		platform = PlatformUnderTest.start("e2e",
				List.of("--peersupport.kafka.retries=2", "--peersupport.dashboard.min-cell-size=1",
						// Every trace kept, and gauges read afresh at each scrape.
						"--management.tracing.sampling.probability=1.0", "--peersupport.metrics.sample-interval=0s"));
		platform.importRoster(ROSTER)
			.jsonPath("$.imported")
			.isEqualTo(13)
			.jsonPath("$.rejected[0].line")
			.isEqualTo(12)
			.jsonPath("$.rejected[0].reason")
			.isEqualTo("name is required")
			.jsonPath("$.rejected[1].staffId")
			.isEqualTo("X-2");
		// Every service has started, so Spring Boot no longer resets the logging.
		logWatch = PlatformLogLines.watch(identities(ROSTER));
	}

	private static String body(jakarta.mail.internet.MimeMessage message) {
		try {
			return String.valueOf(message.getContent());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(jakarta.mail.internet.MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String email(String supporterId) {
		return switch (supporterId) {
			case "S-900" -> "sam@hospital.test";
			case "P-1" -> "pat@hospital.test";
			case "P-2" -> "lee@hospital.test";
			default -> throw new IllegalArgumentException(supporterId);
		};
	}

	/**
	 * Whatever the class ran (crises, declines, debriefs, poison), no platform log line
	 * named a member of the roster, while the demo mail server's did: checked before the
	 * platform stops.
	 */
	@AfterAll
	static void stopPlatform() {
		try {
			if (logWatch != null) {
				logWatch.close();
				assertThat(logWatch.platformLines()).as("platform log lines of the whole class that name a person")
					.isEmpty();
				assertThat(logWatch.standInLines()).as("the demo stand-ins' lines that name a person").isPositive();
			}
		}
		finally {
			if (platform != null) {
				platform.close();
			}
		}
	}

	@Test
	void bothInvolvedCliniciansGetAnOfferFromAnEligibleSupporterAndARetryCreatesNothing() {
		String body = report("flow-1", "C-100", "PRIMARY", "C-101", "WITNESS");
		String eventId = postReport(body, 202);
		Map<String, Object> dana = awaitCase("C-100", "OFFERED");
		Map<String, Object> ken = awaitCase("C-101", "OFFERED");
		// S-900 supervises Dana; P-3 is untrained; nobody supports themselves.
		assertThat(dana.get("supporterId")).isIn("P-1", "P-2");
		assertThat(ken.get("supporterId")).isIn("S-900", "P-1", "P-2");
		assertThat(dana.get("eventIds")).isEqualTo(List.of(eventId));
		assertThat(dana.get("offeredAt")).isNotNull();
		// Dana's supporter is asked by real e-mail, naming her and nothing about the
		// event.
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(platform.mail()
				.received()
				.stream()
				.filter((m) -> body(m).contains("Dana Reyes") && body(m).contains("dana@hospital.test"))
				.map(PlatformEndToEndIT::recipient)).contains(email(String.valueOf(dana.get("supporterId")))));

		assertThat(postReport(body, 200)).isEqualTo(eventId);
		await().during(Duration.ofSeconds(2)).atMost(PATIENCE).untilAsserted(() -> {
			assertThat(cases("C-100")).hasSize(1);
			assertThat(recordsFor(Topics.ADVERSE_EVENTS_REPORTED, eventId)).hasSize(1);
			assertThat(offers(String.valueOf(dana.get("supporterId"))))
				.filteredOn((o) -> "C-100".equals(o.get("staffId")))
				.hasSize(1);
		});
	}

	@Test
	void aDeclineIsReofferedToSomeoneElseWhoCanAccept() {
		postReport(report("decline-1", "C-102", "PRIMARY"), 202);
		Map<String, Object> first = awaitCase("C-102", "OFFERED");
		String firstSupporter = String.valueOf(first.get("supporterId"));
		String offerId = liveOffer(firstSupporter, "C-102");

		answer(firstSupporter, offerId, "decline").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DECLINED");
		Map<String, Object> second = await().atMost(PATIENCE)
			.until(() -> onlyCase("C-102"),
					(c) -> "OFFERED".equals(c.get("status")) && !firstSupporter.equals(c.get("supporterId")));
		String secondSupporter = String.valueOf(second.get("supporterId"));
		answer(secondSupporter, liveOffer(secondSupporter, "C-102"), "accept").expectStatus().isOk();
		awaitCase("C-102", "ACCEPTED");
		// The declined offer cannot be taken back once answered.
		answer(firstSupporter, offerId, "accept").expectStatus().isEqualTo(409);
	}

	@Test
	void aSupporterInvolvedInTheSameEventIsNeverOfferedIt() {
		postReport(report("co-involved-1", "C-103", "PRIMARY", "P-1", "PARTICIPANT"), 202);
		assertThat(awaitCase("C-103", "OFFERED").get("supporterId")).isIn("S-900", "P-2");
		assertThat(awaitCase("P-1", "OFFERED").get("supporterId")).isIn("S-900", "P-2");
	}

	@Test
	void aFhirR5TransactionBundleLeadsToOffersForTheRightStaff() throws Exception {
		String bundle;
		try (var in = getClass().getResourceAsStream("/fhir/r5/bundle-practitioners.json")) {
			bundle = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		client("intake", "risk-system").post()
			.uri("/fhir/r5")
			.contentType(MediaType.parseMediaType("application/fhir+json"))
			.bodyValue(bundle)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("transaction-response");
		assertThat(awaitCase("N-201", "OFFERED").get("supporterId")).isIn("S-900", "P-1", "P-2");
		assertThat(awaitCase("N-202", "OFFERED").get("supporterId")).isIn("S-900", "P-1", "P-2");
	}

	@Test
	void anUnknownStaffIdNeedsAttentionAndShowsOnTheWorklist() {
		postReport(report("ghost-1", "GHOST-7", "PRIMARY"), 202);
		Map<String, Object> ghost = awaitCase("GHOST-7", "NEEDS_ATTENTION");
		assertThat(ghost.get("attentionReason")).isEqualTo("UNKNOWN_STAFF");
		List<Map<String, Object>> worklist = client("outreach", "admin").get()
			.uri("/api/v1/outreach-cases?status=NEEDS_ATTENTION")
			.exchange()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(worklist).extracting((c) -> c.get("id")).contains(ghost.get("id"));
	}

	@Test
	void aCrisisFlagAtACheckInPagesTheOnCallLeadUntilAcknowledgedAndShowsCrisisResourcesAtOnce() {
		postReport(report("crisis-1", "C-110", "PRIMARY"), 202);
		String supporter = String.valueOf(awaitCase("C-110", "OFFERED").get("supporterId"));
		String offerId = liveOffer(supporter, "C-110");
		answer(supporter, offerId, "accept").expectStatus().isOk();
		awaitCase("C-110", "ACCEPTED");

		// The supporter records the minimal outcome, with the crisis flag; the answer
		// carries the crisis resources at once.
		client("matching", supporter).post()
			.uri("/api/v1/supporters/{s}/offers/{o}/checkins", supporter, offerId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"contact\":\"REACHED\",\"needs\":[\"SLEEP\"],\"referrals\":[\"EAP\"],"
					+ "\"referralConsent\":true,\"crisis\":true,\"followUpWanted\":true}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(String.class)
			.value((answer) -> assertThat(answer).contains("988").contains("1-888-409-0141"));

		// referral raises the crisis and pages the on-call lead over the separate
		// channel.
		await().atMost(PATIENCE).until(() -> recordsFor(Topics.REFERRALS_CRISIS, "C-110").size() == 1);
		List<Map<String, Object>> open = client("referral", "lead-1").get()
			.uri("/api/v1/crises?open=true")
			.exchange()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
		String crisisId = open.stream()
			.filter((crisis) -> "C-110".equals(crisis.get("staffId")))
			.map((crisis) -> String.valueOf(crisis.get("id")))
			.findFirst()
			.orElseThrow();
		await().atMost(PATIENCE)
			.until(() -> platform.pager().pages().stream().anyMatch((page) -> page.contains(crisisId)));
		assertThat(platform.pager().pages())
			.allSatisfy((page) -> assertThat(page).contains(DemoPager.PAGER_ID).doesNotContain("C-110"));

		client("referral", "lead-1").post()
			.uri("/api/v1/crises/{id}/acknowledgement", crisisId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"leadId\":\"" + DemoPager.LEAD_ID + "\"}")
			.exchange()
			.expectStatus()
			.isOk();
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(recordsFor(Topics.REFERRALS_CRISIS_ACKNOWLEDGED, "C-110")).hasSize(1);
			assertThat(recordsFor(Topics.REFERRALS_MADE, "C-110")).singleElement()
				.satisfies((made) -> assertThat(made.value()).contains("\"kind\":\"EAP\""));
			assertThat(recordsFor(Topics.CHECKINS_COMPLETED, "C-110")).singleElement()
				.satisfies((checkin) -> assertThat(checkin.value()).contains("\"crisis\":true"));
		});
	}

	@Test
	void patientDataAndNarrativeNeverLeaveIntakeAndAreNotStoredAtAll(CapturedOutput output) throws Exception {
		String mrn = "CANARY-MRN-" + UUID.randomUUID();
		String story = "CANARY-NARRATIVE-" + UUID.randomUUID();
		String body = report("canary-1", "C-101", "PARTICIPANT").replace("\"harm\"", "\"patient\":{\"mrn\":\"" + mrn
				+ "\",\"name\":\"" + mrn + "\"},\"narrative\":\"" + story + "\",\"harm\"");
		String eventId = postReport(body, 202);
		await().atMost(PATIENCE)
			.until(() -> cases("C-101").stream().anyMatch((c) -> ((List<?>) c.get("eventIds")).contains(eventId)));
		await().atMost(PATIENCE).until(() -> headline(summary(), "eventsReported") >= 1);

		List<String> topics = TopicReader.allTopics(TestInfrastructure.kafka().bootstrapServers());
		assertThat(topics).contains(Topics.ADVERSE_EVENTS_REPORTED, Topics.OUTREACH_DUE, Topics.STAFF_DIRECTORY);
		StringBuilder everything = new StringBuilder();
		for (ConsumerRecord<String, String> record : TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(),
				topics)) {
			everything.append(record.key()).append(record.value());
			record.headers().forEach((h) -> everything.append(new String(h.value(), StandardCharsets.UTF_8)));
		}
		assertThat(everything).contains(eventId);
		String tables = everyTableRow();
		assertThat(tables).contains(eventId).contains("canary-1");
		for (String canary : List.of(mrn, story)) {
			assertThat(everything).as("Kafka topics").doesNotContain(canary);
			assertThat(tables).as("database tables of every service").doesNotContain(canary);
			assertThat(output.getAll()).as("log output").doesNotContain(canary);
		}
	}

	/**
	 * Logs are shipped to the hospital's log store and outlive every retention rule, so a
	 * platform log line carries record ids and codes, never a staff id, a name or an
	 * e-mail address (docs/privacy.md, "Logs"). The whole flow runs, with a refusal of a
	 * path that names someone; only the demo mail server's own lines name the supporter.
	 */
	@Test
	void noPlatformLogLineNamesAStaffIdANameOrAnEmailAddress(CapturedOutput output) {
		postReport(report("logs-1", "C-120", "PRIMARY"), 202);
		Map<String, Object> mia = awaitCase("C-120", "OFFERED");
		String supporter = String.valueOf(mia.get("supporterId"));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(platform.mail()
				.received()
				.stream()
				.filter((m) -> body(m).contains("Mia Sato"))
				.map(PlatformEndToEndIT::recipient)).contains(email(supporter)));
		String offerId = liveOffer(supporter, "C-120");
		answer(supporter, offerId, "accept").expectStatus().isOk();
		client("matching", supporter).post()
			.uri("/api/v1/supporters/{s}/offers/{o}/checkins", supporter, offerId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"contact\":\"REACHED\",\"needs\":[\"SLEEP\"],\"referrals\":[\"EAP\"],"
					+ "\"referralConsent\":true,\"crisis\":false,\"followUpWanted\":false}")
			.exchange()
			.expectStatus()
			.isCreated();
		await().atMost(PATIENCE)
			.until(() -> recordsFor(Topics.REFERRALS_MADE, "C-120").stream()
				.anyMatch((made) -> made.value().contains(String.valueOf(mia.get("id")))));
		// Refusals are logged, and their paths name people.
		String other = "P-1".equals(supporter) ? "P-2" : "P-1";
		client("matching", other).get()
			.uri("/api/v1/supporters/{s}/offers", supporter)
			.exchange()
			.expectStatus()
			.isForbidden();
		WebTestClient.bindToServer()
			.baseUrl(platform.url("matching"))
			.build()
			.get()
			.uri("/api/v1/supporters/{s}/offers", supporter)
			.exchange()
			.expectStatus()
			.isUnauthorized();

		// The check can see names: the demo mail server's line names the supporter.
		await().atMost(PATIENCE)
			.until(() -> output.getAll()
				.lines()
				.anyMatch((line) -> line.contains(DemoLoggers.PREFIX) && line.contains(email(supporter))));
		assertThat(PlatformLogLines.naming(output.getAll(), identities(ROSTER)))
			.as("platform log lines that name a person")
			.isEmpty();
	}

	/** Every staff id, name and e-mail address of a roster in CSV. */
	private static List<String> identities(String roster) {
		List<String> identities = new ArrayList<>();
		roster.lines().skip(1).map((line) -> line.split(",", -1)).forEach((row) -> {
			for (int column = 0; column < 3; column++) {
				if (!row[column].isBlank()) {
					identities.add(row[column]);
				}
			}
		});
		return identities;
	}

	@Test
	void aPoisonMessageGoesToTheDeadLetterTopicWithItsReasonAndTheNextReportStillFlows() throws Exception {
		String poisonKey = "poison-" + UUID.randomUUID();
		try (var producer = new KafkaProducer<>(
				Map.<String, Object>of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>(Topics.ADVERSE_EVENTS_REPORTED, poisonKey, "{not json")).get();
		}
		postReport(report("after-poison-1", "C-104", "PRIMARY"), 202);
		awaitCase("C-104", "NEEDS_ATTENTION");
		await().atMost(PATIENCE).untilAsserted(() -> {
			for (String group : List.of("outreach", "dashboard")) {
				List<ConsumerRecord<String, String>> dead = recordsFor(Topics.deadLetterTopic(group), poisonKey);
				assertThat(dead).as(group + " dead letters").hasSize(1);
				assertThat(new String(dead.get(0).headers().lastHeader("peersupport-dlq-reason").value(),
						StandardCharsets.UTF_8))
					.contains("not a readable org.peersupport.adverse-event.reported.v1");
				assertThat(dead.get(0).value()).isEqualTo("{not json");
			}
		});
	}

	@Test
	void theDashboardCountsTheFlowAndTheReferralCatalogIsSeeded() {
		Map<?, ?> before = summary();
		// A clinician no other test reports, so the report opens a new case whatever ran
		// before.
		postReport(report("dashboard-1", "C-199", "PRIMARY"), 202);
		await().atMost(PATIENCE).untilAsserted(() -> {
			Map<?, ?> after = summary();
			assertThat(headline(after, "eventsReported")).isEqualTo(headline(before, "eventsReported") + 1);
			assertThat(headline(after, "casesOpened")).isEqualTo(headline(before, "casesOpened") + 1);
		});
		client("dashboard", "director").get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Events reported").contains("Cases needing attention"));
		client("referral", "C-101").get()
			.uri("/api/v1/resources")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.code=='PHYSICIAN-SUPPORT-LINE')].phone")
			.isEqualTo("1-888-409-0141")
			.jsonPath("$[?(@.code=='988-LIFELINE')].crisis")
			.isEqualTo(true)
			.jsonPath("$[?(@.code=='EAP')].kind")
			.isEqualTo("EAP");
	}

	/**
	 * A team event, across the real services: outreach proposes a debrief beside each
	 * person's check-in, the administrator schedules it, matching chooses two trained
	 * facilitators outside the team and its line (S-900 supervises Dana), everyone is
	 * invited by e-mail naming only themselves and nothing about the event, and a
	 * facilitator records the outcome as codes, which the dashboard counts.
	 */
	@Test
	void aTeamEventEndsInADebriefTheTeamIsInvitedToByNameOnlyAndItsOutcomeIsRecordedAsCodes() throws Exception {
		String canary = "CANARY-TEAM-" + UUID.randomUUID();
		for (String trained : List.of("P-1", "P-2", "S-900")) {
			client("matching", "admin").post()
				.uri("/api/v1/supporters/{id}/training", trained)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"kind\":\"DEBRIEF_FACILITATION\",\"completedOn\":\"2026-01-10\"}")
				.exchange()
				.expectStatus()
				.isCreated();
		}
		List<String> team = List.of("C-110", "N-201", "N-202", "C-100");
		String eventId = postReport(
				report("team-1", "C-110", "PRIMARY", "N-201", "PARTICIPANT", "N-202", "PARTICIPANT", "C-100", "WITNESS")
					.replace("\"harm\"", "\"narrative\":\"" + canary + "\",\"harm\""),
				202);
		List<String> teamCases = await().atMost(PATIENCE)
			.until(() -> team.stream()
				.flatMap((staffId) -> cases(staffId).stream())
				.filter((c) -> ((List<?>) c.get("eventIds")).contains(eventId))
				.map((c) -> String.valueOf(c.get("id")))
				.toList(), (found) -> found.size() == team.size());
		Map<String, Object> proposed = await().atMost(PATIENCE)
			.until(() -> debriefs().stream().filter((d) -> teamCases.contains(d.get("caseId"))).findFirst(),
					java.util.Optional::isPresent)
			.get();
		assertThat(proposed.get("status")).isEqualTo("PROPOSED");
		String debriefId = String.valueOf(proposed.get("debriefId"));

		client("outreach", "admin").put()
			.uri("/api/v1/team-debriefs/{id}/schedule", debriefId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("startsAt", java.time.Instant.now().plus(Duration.ofDays(2)).toString(), "place",
					"Room 4B", "facilitators", 2))
			.exchange()
			.expectStatus()
			.isOk();
		Map<String, Object> staffed = await().atMost(PATIENCE)
			.until(() -> debrief(debriefId), (d) -> "STAFFED".equals(d.get("status")));
		assertThat(String.valueOf(staffed.get("facilitators"))).isIn("[P-1, P-2]", "[P-2, P-1]");

		Map<String, String> invited = Map.of("rui@hospital.test", "Rui Costa", "ines@hospital.test", "Ines Duarte",
				"omar@hospital.test", "Omar Haddad", "dana@hospital.test", "Dana Reyes");
		List<String> everyName = List.of("Rui", "Costa", "Ines", "Duarte", "Omar", "Haddad", "Dana", "Reyes", "Pat",
				"Lee", "Sam Boss");
		for (Map.Entry<String, String> person : invited.entrySet()) {
			String invitation = await().atMost(PATIENCE)
				.until(() -> platform.mail()
					.received()
					.stream()
					.filter((m) -> recipient(m).equals(person.getKey()) && body(m).contains("team debrief")
							&& body(m).contains("Room 4B"))
					.map(PlatformEndToEndIT::body)
					.findFirst(), java.util.Optional::isPresent)
				.get();
			assertThat(invitation).contains("Hello " + person.getValue() + ",");
			String rest = invitation.replace("Hello " + person.getValue() + ",", "");
			assertThat(rest).as(person.getKey()).doesNotContain(everyName.toArray(String[]::new));
			assertThat(invitation).doesNotContain(eventId, debriefId, "MEDICATION", "ICU", "SEVERE", "team-1");
		}
		for (String facilitator : List.of("pat@hospital.test", "lee@hospital.test")) {
			await().atMost(PATIENCE)
				.until(() -> platform.mail()
					.received()
					.stream()
					.anyMatch((m) -> recipient(m).equals(facilitator) && body(m).contains("facilitating")));
		}

		String outcome = "{\"held\":true,\"attended\":3,\"needs\":[\"SLEEP\"]}";
		outcomeAs("C-110", debriefId, outcome).expectStatus().isForbidden();
		outcomeAs("P-1", debriefId, outcome).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("HELD");
		await().atMost(PATIENCE).until(() -> "true 3 SLEEP".equals(dashboardDebrief(debriefId)));
		assertThat(recordsFor(Topics.OUTREACH_DEBRIEF_RECORDED, debriefId)).hasSize(1);

		StringBuilder everything = new StringBuilder();
		for (ConsumerRecord<String, String> record : TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(),
				TopicReader.allTopics(TestInfrastructure.kafka().bootstrapServers()))) {
			everything.append(record.key()).append(record.value());
		}
		assertThat(everything).contains(debriefId).doesNotContain(canary);
		assertThat(everyTableRow()).contains(debriefId).doesNotContain(canary);
	}

	private static List<Map<String, Object>> debriefs() {
		return client("outreach", "admin").get()
			.uri("/api/v1/team-debriefs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private static Map<String, Object> debrief(String debriefId) {
		return client("outreach", "admin").get()
			.uri("/api/v1/team-debriefs/{id}", debriefId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	/** What the dashboard counted of a debrief: held, attended and the need codes. */
	private static String dashboardDebrief(String debriefId) throws Exception {
		PostgresServer postgres = TestInfrastructure.postgres();
		try (Connection connection = DriverManager.getConnection(platform.jdbcUrl(), postgres.user(),
				postgres.password());
				var query = connection.prepareStatement(
						"SELECT held, attended, needs FROM dashboard.team_debrief WHERE debrief_id = ?::uuid")) {
			query.setString(1, debriefId);
			ResultSet row = query.executeQuery();
			return row.next() ? row.getBoolean(1) + " " + row.getInt(2) + " " + row.getString(3) : "";
		}
	}

	private static WebTestClient.ResponseSpec outcomeAs(String facilitator, String debriefId, String body) {
		return client("outreach", facilitator).put()
			.uri("/api/v1/team-debriefs/{id}/outcome", debriefId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private static Map<?, ?> summary() {
		return client("dashboard", "director").get()
			.uri("/api/v1/summary")
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	/** A key figure of the dashboard's summary (a cell: value, display, suppressed). */
	private static long headline(Map<?, ?> summary, String figure) {
		Map<?, ?> cell = (Map<?, ?>) ((Map<?, ?>) summary.get("headline")).get(figure);
		return (cell.get("value") instanceof Number value) ? value.longValue() : 0;
	}

	/**
	 * A client of one service, as a demo user with a real token from the platform's
	 * provider.
	 */
	private static WebTestClient client(String service, String user) {
		return platform.client(service, user);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aClinicianDownloadsOneCopyWithEveryServicesSectionOfTheirOwnRecordsReadWithTheirOwnToken() {
		Map<String, Object> copy = await().atMost(PATIENCE).until(() -> ownCopy("C-100"), (c) -> {
			Map<String, Map<String, Object>> sections = (Map<String, Map<String, Object>>) c.get("sections");
			return ((List<?>) c.get("unavailable")).isEmpty()
					&& !((List<?>) ((Map<String, Object>) sections.get("outreach").get("records"))
						.get("directoryEntry")).isEmpty();
		});
		assertThat(copy).containsEntry("staffId", "C-100");
		Map<String, Map<String, Object>> sections = (Map<String, Map<String, Object>>) copy.get("sections");
		assertThat(sections).containsOnlyKeys("intake", "outreach", "matching", "referral", "dashboard");
		sections.forEach((service, section) -> assertThat(section).as(service)
			.containsEntry("service", service)
			.containsEntry("status", "answered")
			.containsEntry("staffId", "C-100"));
		Map<String, Object> matching = (Map<String, Object>) sections.get("matching").get("records");
		assertThat((List<Map<String, Object>>) matching.get("directoryEntry")).singleElement()
			.satisfies((entry) -> assertThat(entry).containsEntry("name", "Dana Reyes"));
		assertThat((String) sections.get("dashboard").get("about")).contains("only keyed pseudonyms");
		assertThat(copy.toString()).doesNotContain("Ken Ito", "ken@hospital.test");
		// Each service recorded the section read, made with C-100's own token.
		await().atMost(PATIENCE).untilAsserted(() -> {
			Map<String, Map<String, Object>> again = (Map<String, Map<String, Object>>) ownCopy("C-100")
				.get("sections");
			for (String service : List.of("intake", "matching", "referral", "dashboard")) {
				assertThat((List<Map<String, Object>>) again.get(service).get("accessTrail")).as(service)
					.anyMatch((entry) -> "/api/v1/me/records".equals(entry.get("route"))
							&& Boolean.TRUE.equals(entry.get("byYou")));
			}
			assertThat((List<Map<String, Object>>) again.get("outreach").get("accessTrail"))
				.anyMatch((entry) -> "/api/v1/me/records/all".equals(entry.get("route")));
		});
		assertThat(ownCopy("C-101").toString()).doesNotContain("Dana Reyes", "dana@hospital.test");
	}

	private static Map<String, Object> ownCopy(String user) {
		return client("outreach", user).get()
			.uri("/api/v1/me/records/all")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Content-Disposition", "attachment; filename=.*")
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	/**
	 * One report's path is one trace: the risk system's request, the event intake
	 * announces and the case outreach sends to matching carry the request's trace id,
	 * across two outboxes and a consumer. Matching offers when its batch window closes,
	 * in a durable timer, which starts a trace of its own (docs/observability.md,
	 * "Traces"). Then every service shows the flow in its metrics, to operators only,
	 * naming nobody.
	 */
	@Test
	void oneReportIsOneTraceFromIntakeToMatchingAndEveryServiceExportsItsMetricsToOperatorsOnly() throws Exception {
		String traceId = UUID.randomUUID().toString().replace("-", "");
		Map<?, ?> accepted = client("intake", "risk-system").post()
			.uri("/api/v1/adverse-events")
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(report("traced-1", "C-130", "PRIMARY"))
			.exchange()
			.expectStatus()
			.isEqualTo(202)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String eventId = String.valueOf(accepted.get("id"));
		awaitCase("C-130", "OFFERED");
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(traceIds(Topics.ADVERSE_EVENTS_REPORTED, eventId)).containsExactly(traceId);
			// contains: a rerun of this test finds the first run's records on the broker
			// too.
			assertThat(traceIds(Topics.OUTREACH_DUE, "C-130")).contains(traceId);
		});

		String poisonKey = "metrics-poison-" + UUID.randomUUID();
		try (var producer = new KafkaProducer<>(
				Map.<String, Object>of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>(Topics.ADVERSE_EVENTS_REPORTED, poisonKey, "{not json")).get();
		}
		SoftAssertions softly = new SoftAssertions();
		for (String service : List.of("intake", "outreach", "matching", "referral", "dashboard")) {
			client(service, "admin").get().uri("/actuator/prometheus").exchange().expectStatus().isForbidden();
			platform.client(service).get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
			String scraped = scrape(service);
			softly.assertThat(scraped)
				.as(service)
				.contains("application=\"" + service + "\"")
				.contains("http_server_requests_seconds_bucket{")
				.doesNotContain("C-130", "C-100", "P-1\"", eventId);
			softly.assertThat(metric(scraped, "peersupport_outbox_backlog")).as(service).isBetween(0.0, 1000.0);
			softly.assertThat(metric(scraped, "peersupport_outbox_oldest_age_seconds"))
				.as(service)
				.isBetween(0.0, 60.0);
			if (!"intake".equals(service)) {
				softly.assertThat(metric(scraped, "kafka_consumer_fetch_manager_records_lag_max"))
					.as(service)
					.isGreaterThanOrEqualTo(0.0);
			}
			if (List.of("outreach", "matching", "referral").contains(service)) {
				softly.assertThat(metric(scraped, "peersupport_timers_due")).as(service).isGreaterThanOrEqualTo(0.0);
				softly.assertThat(metric(scraped, "peersupport_timers_overdue")).as(service).isZero();
			}
		}
		String matching = scrape("matching");
		softly.assertThat(metric(matching, "peersupport_offers_made_total")).isGreaterThanOrEqualTo(1.0);
		softly.assertThat(metric(matching, "peersupport_emails_pending")).isGreaterThanOrEqualTo(0.0);
		String referral = scrape("referral");
		softly.assertThat(metric(referral, "peersupport_crises_unacknowledged")).isGreaterThanOrEqualTo(0.0);
		softly.assertThat(metric(referral, "peersupport_crises_unacknowledged_oldest_age_seconds"))
			.isGreaterThanOrEqualTo(0.0);
		softly.assertAll();
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(scrape("outreach"))
				.containsPattern("peersupport_deadletter_records_total\\{[^}]*group=\"outreach\"[^}]*topic=\""
						+ Topics.ADVERSE_EVENTS_REPORTED + "\"[^}]*} [1-9]"));
	}

	/**
	 * The trace ids in the {@code traceparent} headers of a topic's records of one key.
	 */
	private static List<String> traceIds(String topic, String key) {
		return recordsFor(topic, key).stream().map((record) -> {
			var header = record.headers().lastHeader("traceparent");
			return (header != null) ? new String(header.value(), StandardCharsets.UTF_8).split("-")[1] : "none";
		}).toList();
	}

	/** A service's whole scrape, a few hundred kilobytes (the HTTP histograms). */
	private static String scrape(String service) {
		return client(service, "operator").mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** The sum of a metric's samples in a scrape, or NaN if it has none. */
	private static double metric(String scraped, String name) {
		double sum = Double.NaN;
		for (String line : scraped.split("\n")) {
			if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
				double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
				sum = Double.isNaN(sum) ? value : sum + value;
			}
		}
		return sum;
	}

	private static String report(String reportId, String... staffAndRoles) {
		StringBuilder involved = new StringBuilder();
		for (int i = 0; i < staffAndRoles.length; i += 2) {
			involved.append((i > 0) ? "," : "")
				.append("{\"staffId\":\"")
				.append(staffAndRoles[i])
				.append("\",\"role\":\"")
				.append(staffAndRoles[i + 1])
				.append("\"}");
		}
		return "{\"source\":\"rl6-e2e\",\"reportId\":\"" + reportId + "\",\"occurredAt\":\"2026-11-20T03:10:00Z\","
				+ "\"harm\":\"SEVERE\",\"category\":\"MEDICATION\",\"unit\":\"ICU-3\",\"involved\":[" + involved + "]}";
	}

	private static String postReport(String body, int expectedStatus) {
		Map<?, ?> answer = client("intake", "risk-system").post()
			.uri("/api/v1/adverse-events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(expectedStatus)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return String.valueOf(answer.get("id"));
	}

	private static List<Map<String, Object>> cases(String staffId) {
		return client("outreach", "admin").get()
			.uri("/api/v1/outreach-cases?staffId={staffId}", staffId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private static Map<String, Object> onlyCase(String staffId) {
		List<Map<String, Object>> found = cases(staffId);
		return found.isEmpty() ? Map.of() : found.get(0);
	}

	private static Map<String, Object> awaitCase(String staffId, String status) {
		return await().atMost(PATIENCE).until(() -> onlyCase(staffId), (c) -> status.equals(c.get("status")));
	}

	private static List<Map<String, Object>> offers(String supporterId) {
		return client("matching", supporterId).get()
			.uri("/api/v1/supporters/{id}/offers", supporterId)
			.exchange()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private static String liveOffer(String supporterId, String clinician) {
		return offers(supporterId).stream()
			.filter((o) -> clinician.equals(o.get("staffId")) && "OFFERED".equals(o.get("status")))
			.map((o) -> String.valueOf(o.get("id")))
			.findFirst()
			.orElseThrow();
	}

	private static WebTestClient.ResponseSpec answer(String supporterId, String offerId, String answer) {
		return client("matching", supporterId).post()
			.uri("/api/v1/supporters/{s}/offers/{o}/{a}", supporterId, offerId, answer)
			.exchange();
	}

	private static List<ConsumerRecord<String, String>> recordsFor(String topic, String key) {
		return TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(topic))
			.stream()
			.filter((record) -> key.equals(record.key()))
			.toList();
	}

	/** Every row of every table of every service schema, as text. */
	private static String everyTableRow() throws Exception {
		PostgresServer postgres = TestInfrastructure.postgres();
		StringBuilder rows = new StringBuilder();
		try (Connection connection = DriverManager.getConnection(platform.jdbcUrl(), postgres.user(),
				postgres.password())) {
			List<String> tables = new ArrayList<>();
			ResultSet found = connection.createStatement()
				.executeQuery("SELECT table_schema || '.' || table_name FROM information_schema.tables "
						+ "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')");
			while (found.next()) {
				tables.add(found.getString(1));
			}
			assertThat(tables).contains("intake.received_report", "outreach.outreach_case", "matching.offer",
					"referral.resource", "dashboard.case_timeline");
			for (String table : tables) {
				ResultSet all = connection.createStatement().executeQuery("SELECT t::text FROM " + table + " t");
				while (all.next()) {
					rows.append(all.getString(1)).append('\n');
				}
			}
		}
		return rows.toString();
	}

}
