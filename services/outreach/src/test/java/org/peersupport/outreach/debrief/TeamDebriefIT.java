package org.peersupport.outreach.debrief;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.EventType;
import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.contracts.events.DebriefFacilitatorsMatched;
import org.peersupport.contracts.events.DebriefInvitee;
import org.peersupport.contracts.events.EscalationReasons;
import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.InvolvedClinician;
import org.peersupport.contracts.events.InvolvementRole;
import org.peersupport.contracts.events.NeedCode;
import org.peersupport.contracts.events.OutreachEscalated;
import org.peersupport.contracts.events.TeamDebriefRecorded;
import org.peersupport.contracts.events.TeamDebriefScheduled;
import org.peersupport.outreach.OutreachTraffic;
import org.peersupport.outreach.outreachcase.OutreachCaseQueries;
import org.peersupport.testkit.MutableClock;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Team debriefs on a real broker and database, with the built-in default policy and a
 * clock the tests move: proposed for a team event beside everyone's own check-in,
 * scheduled by the administrator, staffed by matching's answer, recorded by a facilitator
 * as codes; reminded when left unscheduled; every bad input refused naming its field;
 * nothing about the event or the people in what leaves the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class TeamDebriefIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-24T15:00:00Z"));

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OutreachCaseQueries cases;

	@Autowired
	WebTestClient web;

	WebTestClient admin;

	private String run;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("outreach").forEach((key, value) -> registry.add(key, () -> value));
		String group = "outreach-debrief-" + UUID.randomUUID();
		registry.add("spring.kafka.consumer.group-id", () -> group);
		registry.add("peersupport.timers.polling-interval", () -> "PT0.1S");
	}

	@TestConfiguration
	static class TestClock {

		@Bean
		Clock clock() {
			return CLOCK;
		}

	}

	@BeforeEach
	void signIn() {
		this.admin = as(TestIdentity.get().administrator());
		this.run = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aTeamEventIsProposedScheduledStaffedAndRecordedWithNothingAboutTheEventOrThePeople() {
		preferences(staff("T-3"), "SMS", false);
		preferences(staff("T-4"), "EMAIL", true);
		String eventId = report(null, "T-1", "T-2", "T-3", "T-4");
		UUID debriefId = awaitDebrief(eventId);
		// Each person still gets their own check-in.
		for (String person : List.of("T-1", "T-2", "T-3")) {
			await().atMost(PATIENCE).until(() -> !this.cases.forClinician(staff(person)).isEmpty());
		}
		TeamDebriefView proposed = get(debriefId);
		assertThat(proposed.status()).isEqualTo(DebriefStatus.PROPOSED);
		assertThat(proposed.involved()).isEqualTo(4);
		assertThat(list("PROPOSED")).extracting(TeamDebriefView::debriefId).contains(debriefId.toString());
		assertThat(openEscalations(proposed.caseId())).contains(EscalationReasons.TEAM_DEBRIEF_PROPOSED);

		Instant startsAt = CLOCK.instant().plus(Duration.ofDays(2));
		TeamDebriefView scheduled = schedule(debriefId,
				Map.of("startsAt", startsAt.toString(), "place", "Room 4B", "facilitators", 2))
			.expectStatus()
			.isOk()
			.expectBody(TeamDebriefView.class)
			.returnResult()
			.getResponseBody();
		assertThat(scheduled.status()).isEqualTo(DebriefStatus.SCHEDULED);
		assertThat(openEscalations(proposed.caseId())).doesNotContain(EscalationReasons.TEAM_DEBRIEF_PROPOSED);

		ConsumerRecord<String, String> record = awaitOne(Topics.OUTREACH_DEBRIEF_SCHEDULED, debriefId.toString());
		TeamDebriefScheduled announced = data(record, Events.TEAM_DEBRIEF_SCHEDULED);
		assertThat(record.key()).isEqualTo(debriefId.toString());
		assertThat(announced.startsAt()).isEqualTo(startsAt);
		assertThat(announced.place()).isEqualTo("Room 4B");
		assertThat(announced.facilitatorsWanted()).isEqualTo(2);
		// Everyone involved but the one who opted out is invited, each with their own
		// channel; matching still learns that she was involved, so she never facilitates.
		assertThat(announced.involved()).containsExactlyInAnyOrder(staff("T-1"), staff("T-2"), staff("T-3"),
				staff("T-4"));
		assertThat(announced.invitees()).containsExactlyInAnyOrder(new DebriefInvitee(staff("T-1"), "EMAIL"),
				new DebriefInvitee(staff("T-2"), "EMAIL"), new DebriefInvitee(staff("T-3"), "SMS"));
		// Nothing about the event: not its id, unit, harm or category.
		assertThat(record.value()).doesNotContain(eventId, "ICU", "SEVERE", "harm", "category");

		// A second schedule while matching works is refused.
		schedule(debriefId, Map.of("startsAt", startsAt.toString(), "place", "Room 5")).expectStatus().isEqualTo(409);

		OutreachTraffic.send(Events.DEBRIEF_FACILITATORS_MATCHED, debriefId.toString(), debriefId.toString(),
				new DebriefFacilitatorsMatched(debriefId.toString(), List.of(staff("F-1"), staff("F-2")), 2,
						CLOCK.instant()));
		await().atMost(PATIENCE).until(() -> get(debriefId).status() == DebriefStatus.STAFFED);
		assertThat(get(debriefId).facilitators()).containsExactly(staff("F-1"), staff("F-2"));
		// Each facilitator finds it among their own debriefs, and nobody else's.
		as(TestIdentity.get().clinician(staff("F-1"))).get()
			.uri("/api/v1/facilitators/{id}/team-debriefs", staff("F-1"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].debriefId")
			.isEqualTo(debriefId.toString())
			.jsonPath("$[0].place")
			.isEqualTo("Room 4B")
			.jsonPath("$[0].caseId")
			.doesNotExist();
		as(TestIdentity.get().clinician(staff("T-1"))).get()
			.uri("/api/v1/facilitators/{id}/team-debriefs", staff("F-1"))
			.exchange()
			.expectStatus()
			.isForbidden();

		String outcome = "{\"held\":true,\"attended\":3,\"needs\":[\"SLEEP\",\"GRIEF\"]}";
		// Only an assigned facilitator records it: not someone involved, not another
		// supporter.
		outcome(staff("T-1"), debriefId, outcome).expectStatus().isForbidden();
		outcome(staff("F-9"), debriefId, outcome).expectStatus().isForbidden();
		TeamDebriefView recorded = outcome(staff("F-2"), debriefId, outcome).expectStatus()
			.isOk()
			.expectBody(TeamDebriefView.class)
			.returnResult()
			.getResponseBody();
		assertThat(recorded.status()).isEqualTo(DebriefStatus.HELD);
		assertThat(recorded.outcome().attended()).isEqualTo(3);
		assertThat(recorded.outcome().needs()).containsExactly(NeedCode.SLEEP, NeedCode.GRIEF);
		outcome(staff("F-1"), debriefId, outcome).expectStatus().isEqualTo(409);
		TeamDebriefRecorded published = data(awaitOne(Topics.OUTREACH_DEBRIEF_RECORDED, debriefId.toString()),
				Events.TEAM_DEBRIEF_RECORDED);
		assertThat(published.held()).isTrue();
		assertThat(published.attended()).isEqualTo(3);
		assertThat(published.needs()).containsExactly(NeedCode.SLEEP, NeedCode.GRIEF);

		// Redelivered, matching's answer changes nothing any more.
		OutreachTraffic.send(Events.DEBRIEF_FACILITATORS_MATCHED, debriefId.toString(), debriefId.toString(),
				new DebriefFacilitatorsMatched(debriefId.toString(), List.of(), 2, CLOCK.instant()));
		assertThat(get(debriefId).status()).isEqualTo(DebriefStatus.HELD);
	}

	@Test
	void aCategoryThePolicyNamesProposesADebriefForTwoPeopleAndOthersDoNot() {
		String resuscitation = report(EventCategory.RESUSCITATION, "C-1", "C-2");
		String violence = report(EventCategory.VIOLENCE_AGAINST_STAFF, "C-3", "C-4");
		String medication = report(EventCategory.MEDICATION, "C-5", "C-6");
		String alone = report(EventCategory.RESUSCITATION, "C-7");
		awaitDebrief(resuscitation);
		awaitDebrief(violence);
		await().atMost(PATIENCE).until(() -> !this.cases.forClinician(staff("C-7")).isEmpty());
		await().atMost(PATIENCE).until(() -> !this.cases.forClinician(staff("C-6")).isEmpty());
		assertThat(debriefs(medication)).isZero();
		assertThat(debriefs(alone)).isZero();
	}

	@Test
	void aDebriefStillUnscheduledAfterTheLeadTimeIsEscalatedUntilItIsScheduled() throws Exception {
		String eventId = report(null, "U-1", "U-2", "U-3", "U-4");
		UUID debriefId = awaitDebrief(eventId);
		TeamDebriefView proposed = get(debriefId);
		String caseId = proposed.caseId();
		// The reminder is a durable timer due exactly one lead time after the proposal:
		// nothing can remind earlier, and nothing has yet.
		assertThat(this.jdbc.queryForObject(
				"SELECT execution_time FROM scheduled_tasks WHERE task_name = 'outreach-debrief-unscheduled' AND task_instance = ?",
				Timestamp.class, debriefId.toString())
			.toInstant()).isEqualTo(proposed.proposedAt().plus(Duration.ofHours(24)));
		CLOCK.advance(Duration.ofHours(23));
		assertThat(unscheduledEscalations(caseId)).isEmpty();
		CLOCK.advance(Duration.ofHours(1).plusMinutes(1));
		await().atMost(PATIENCE).until(() -> unscheduledEscalations(caseId).size() == 1);
		assertThat(openEscalations(caseId)).contains(EscalationReasons.TEAM_DEBRIEF_UNSCHEDULED);
		assertThat(worklistCaseIds()).contains(caseId);
		schedule(debriefId, Map.of("startsAt", CLOCK.instant().plus(Duration.ofDays(1)).toString(), "videoLink",
				"https://meet.hospital.test/debrief-room"))
			.expectStatus()
			.isOk();
		assertThat(openEscalations(caseId)).doesNotContain(EscalationReasons.TEAM_DEBRIEF_UNSCHEDULED,
				EscalationReasons.TEAM_DEBRIEF_PROPOSED);
	}

	@Test
	void nobodyToFacilitateEscalatesAndTheAdministratorMayScheduleAgain() {
		UUID debriefId = awaitDebrief(report(null, "N-1", "N-2", "N-3", "N-4"));
		String caseId = get(debriefId).caseId();
		String startsAt = CLOCK.instant().plus(Duration.ofDays(3)).toString();
		schedule(debriefId, Map.of("startsAt", startsAt, "place", "Chapel", "facilitators", 1)).expectStatus().isOk();
		OutreachTraffic.send(Events.DEBRIEF_FACILITATORS_MATCHED, debriefId.toString(), debriefId.toString(),
				new DebriefFacilitatorsMatched(debriefId.toString(), List.of(), 1, CLOCK.instant()));
		await().atMost(PATIENCE).until(() -> get(debriefId).status() == DebriefStatus.UNSTAFFED);
		assertThat(openEscalations(caseId)).contains(EscalationReasons.TEAM_DEBRIEF_UNSTAFFED);
		schedule(debriefId, Map.of("startsAt", startsAt, "place", "Chapel", "facilitators", 2)).expectStatus().isOk();
		assertThat(get(debriefId).status()).isEqualTo(DebriefStatus.SCHEDULED);
		assertThat(openEscalations(caseId)).doesNotContain(EscalationReasons.TEAM_DEBRIEF_UNSTAFFED);
		await().atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_DEBRIEF_SCHEDULED, debriefId.toString())
				.size() == 2);
	}

	@Test
	void everyBadInputIsAProblemNamingItsFieldAndANoteIsNeitherStoredNorPublished() {
		UUID debriefId = awaitDebrief(report(null, "B-1", "B-2", "B-3", "B-4"));
		String future = CLOCK.instant().plus(Duration.ofDays(1)).toString();
		String canary = "CANARY-DEBRIEF-" + UUID.randomUUID();
		assertProblem(schedule(debriefId, Map.of("place", "Room 1")), "startsAt");
		assertProblem(schedule(debriefId, Map.of("startsAt", "tomorrow", "place", "Room 1")), "startsAt");
		assertProblem(
				schedule(debriefId, Map.of("startsAt", CLOCK.instant().minusSeconds(60).toString(), "place", "Room 1")),
				"startsAt");
		assertProblem(
				schedule(debriefId,
						Map.of("startsAt", CLOCK.instant().plus(Duration.ofDays(91)).toString(), "place", "Room 1")),
				"startsAt");
		assertProblem(schedule(debriefId, Map.of("startsAt", future, "place", "<script>alert(1)</script>")), "place");
		assertProblem(schedule(debriefId, Map.of("startsAt", future, "place", "R".repeat(81))), "place");
		assertProblem(schedule(debriefId, Map.of("startsAt", future, "videoLink", "http://meet.test/x")), "videoLink");
		assertProblem(schedule(debriefId, Map.of("startsAt", future, "videoLink", "javascript:alert(1)")), "videoLink");
		assertProblem(schedule(debriefId, Map.of("startsAt", future, "videoLink", "https://user:pw@meet.test/x")),
				"videoLink");
		assertProblem(schedule(debriefId, Map.of("startsAt", future)), "place");
		assertProblem(
				schedule(debriefId, Map.of("startsAt", future, "place", "Room 1", "videoLink", "https://meet.test/x")),
				"place");
		assertProblem(schedule(debriefId, Map.of("startsAt", future, "place", "Room 1", "facilitators", 3)),
				"facilitators");
		assertProblem(schedule(debriefId, Map.of("startsAt", future, "place", "Room 1", "topic", canary)), "topic");
		assertProblem(this.admin.put()
			.uri("/api/v1/team-debriefs/{id}/schedule", "not-a-debrief")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange(), "debriefId");
		assertProblem(this.admin.get().uri("/api/v1/team-debriefs?status=SOON").exchange(), "status");
		this.admin.get().uri("/api/v1/team-debriefs/{id}", UUID.randomUUID()).exchange().expectStatus().isNotFound();

		assertProblem(outcome(staff("F-1"), debriefId, "{\"attended\":3}"), "held");
		assertProblem(outcome(staff("F-1"), debriefId, "{\"held\":true,\"attended\":-1}"), "attended");
		assertProblem(outcome(staff("F-1"), debriefId, "{\"held\":false,\"attended\":4}"), "attended");
		assertProblem(outcome(staff("F-1"), debriefId, "{\"held\":\"yes\",\"attended\":4}"), "held");
		assertProblem(outcome(staff("F-1"), debriefId, "{\"held\":true,\"attended\":4,\"needs\":[\"NIGHTMARES\"]}"),
				"needs[0]");
		assertProblem(outcome(staff("F-1"), debriefId, "{\"held\":true,\"attended\":4,\"needs\":[\"" + canary + "\"]}"),
				"needs[0]");
		assertProblem(outcome(staff("F-1"), debriefId, "{\"held\":true,\"attended\":4,\"notes\":\"" + canary + "\"}"),
				"notes");
		assertProblem(outcome(staff("F-1"), UUID.randomUUID(), "[]"), "body");

		// The privacy canary: nothing of it in any table of the schema or on any topic.
		assertThat(everyRowOfEveryTable()).isNotEmpty().noneMatch((row) -> row.contains(canary));
		assertThat(TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(),
				TopicReader.allTopics(TestInfrastructure.kafka().bootstrapServers())))
			.noneMatch((r) -> String.valueOf(r.value()).contains(canary));
		assertThat(get(debriefId).status()).isEqualTo(DebriefStatus.PROPOSED);
	}

	private String staff(String name) {
		return name + "-" + this.run;
	}

	private String report(EventCategory category, String... people) {
		String eventId = UUID.randomUUID().toString();
		List<InvolvedClinician> involved = Arrays.stream(people)
			.map((p) -> new InvolvedClinician(staff(p), InvolvementRole.PARTICIPANT))
			.toList();
		Instant now = CLOCK.instant();
		OutreachTraffic.send(Events.ADVERSE_EVENT_REPORTED, eventId, eventId, new AdverseEventReported(eventId,
				now.minusSeconds(600), null, now, HarmLevel.SEVERE, null, category, "MAIN", "ICU", involved));
		return eventId;
	}

	private UUID awaitDebrief(String eventId) {
		await().atMost(PATIENCE).until(() -> debriefs(eventId) == 1);
		return this.jdbc.queryForObject("SELECT debrief_id FROM team_debrief WHERE event_id = ?", UUID.class, eventId);
	}

	private int debriefs(String eventId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM team_debrief WHERE event_id = ?", Integer.class, eventId);
	}

	private TeamDebriefView get(UUID debriefId) {
		return this.admin.get()
			.uri("/api/v1/team-debriefs/{id}", debriefId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(TeamDebriefView.class)
			.returnResult()
			.getResponseBody();
	}

	private List<TeamDebriefView> list(String status) {
		return this.admin.get()
			.uri("/api/v1/team-debriefs?status={s}", status)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(TeamDebriefView.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.ResponseSpec schedule(UUID debriefId, Map<String, Object> body) {
		return this.admin.put()
			.uri("/api/v1/team-debriefs/{id}/schedule", debriefId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec outcome(String facilitator, UUID debriefId, String body) {
		return as(TestIdentity.get().clinician(facilitator)).put()
			.uri("/api/v1/team-debriefs/{id}/outcome", debriefId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private void preferences(String staffId, String channel, boolean optedOut) {
		as(TestIdentity.get().clinician(staffId)).put()
			.uri("/api/v1/clinicians/{id}/preferences", staffId)
			.bodyValue(Map.of("channel", channel, "optedOut", optedOut))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private static void assertProblem(WebTestClient.ResponseSpec response, String field) {
		response.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[?(@.field=='" + field + "')].reason")
			.isNotEmpty();
	}

	private List<String> openEscalations(String caseId) {
		return this.jdbc.queryForList(
				"SELECT reason FROM escalation WHERE case_id = ?::uuid AND resolved_at IS NULL ORDER BY escalated_at",
				String.class, caseId);
	}

	private List<OutreachEscalated> unscheduledEscalations(String caseId) {
		return OutreachTraffic.published(Topics.OUTREACH_ESCALATED, caseId)
			.stream()
			.map((r) -> data(r, Events.OUTREACH_ESCALATED))
			.filter((e) -> e.reason().equals(EscalationReasons.TEAM_DEBRIEF_UNSCHEDULED))
			.toList();
	}

	private List<String> worklistCaseIds() {
		return this.admin.get()
			.uri("/api/v1/cases?status=NEEDS_ATTENTION")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()
			.lines()
			.toList()
			.stream()
			.flatMap((json) -> Arrays.stream(json.split("\"id\":\"")).skip(1).map((rest) -> rest.substring(0, 36)))
			.toList();
	}

	private ConsumerRecord<String, String> awaitOne(String topic, String mentioning) {
		return await().atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(topic, mentioning), (found) -> found.size() == 1)
			.get(0);
	}

	private static <T> T data(ConsumerRecord<String, String> record, EventType<T> type) {
		return EventJson.mapper().readValue(record.value(), EventEnvelope.class).dataAs(type, EventJson.mapper());
	}

	private List<String> everyRowOfEveryTable() {
		List<String> rows = new ArrayList<>();
		for (String table : this.jdbc.queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
				String.class)) {
			rows.addAll(this.jdbc.queryForList("SELECT t::text FROM \"" + table + "\" t", String.class));
		}
		return rows;
	}

	private WebTestClient as(String token) {
		return this.web.mutate().defaultHeaders(TestIdentity.bearer(token)).build();
	}

}
