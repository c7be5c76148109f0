package org.peersupport.intake;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.testkit.OwnSections;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
@ExtendWith(OutputCaptureExtension.class)
class IntakeIT {

	@Autowired
	WebTestClient http;

	/** Every request here is a risk system's, with a real token. */
	@BeforeEach
	void signInAsRiskSystem() {
		this.http = this.http.mutate()
			.defaultHeaders(TestIdentity.bearer(TestIdentity.get().riskSystem("rl6")))
			.build();
	}

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("intake").forEach((key, value) -> registry.add(key, () -> value));
	}

	@Test
	void aNewReportIsAcceptedAndPublishedOnceEvenWhenRetried() {
		String body = report("retry-1", "\"involved\":[{\"staffId\":\"N-1\",\"role\":\"PRIMARY\"}]");
		Map<?, ?> first = post(body).expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody();
		assertThat(first.get("status")).isEqualTo("accepted");
		String id = String.valueOf(first.get("id"));
		post(body).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(id)
			.jsonPath("$.status")
			.isEqualTo("duplicate");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(published(id)).hasSize(1));
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM received_report WHERE id = ?::uuid", Integer.class, id))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM outbox_message", Integer.class)).isZero();
	}

	@Test
	void thePublishedEventIsACloudEventWithoutPatientOrNarrative() {
		String body = report("canary-1", "\"involved\":[{\"staffId\":\"N-2\",\"role\":\"witness\"}],"
				+ "\"patient\":{\"mrn\":\"CANARY-MRN-7731\"},\"narrative\":\"CANARY-NARRATIVE-5519\"");
		post(body).expectStatus().isAccepted();
		String id = idOf(body);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(published(id)).hasSize(1));
		String value = published(id).get(0).value();
		assertThat(value).contains("\"type\":\"org.peersupport.adverse-event.reported.v1\"")
			.contains("\"specversion\":\"1.0\"")
			.contains("\"role\":\"WITNESS\"")
			.doesNotContain("CANARY")
			.doesNotContain("canary-1");
		List<String> rows = this.jdbc.queryForList("SELECT t::text FROM received_report t", String.class);
		assertThat(String.join("\n", rows)).contains("canary-1").doesNotContain("CANARY");
	}

	@Test
	@SuppressWarnings("unchecked")
	void rolesInTheHospitalsOwnWordsReachOutreachAsCodesAndNeverAsText(CapturedOutput output) {
		String reportId = "roles-" + UUID.randomUUID();
		// A byte-order mark first and no time at all, as some risk systems send.
		String body = "\uFEFF{\"reportId\":\"" + reportId + "\",\"harm\":\"SEVERE\",\"involved\":["
				+ "{\"staffId\":\"N-11\",\"role\":\"prescriber\"},"
				+ "{\"staffId\":\"N-12\",\"role\":\"administering nurse\"},"
				+ "{\"staffId\":\"N-13\",\"role\":\"nurse\"},{\"staffId\":\"N-14\",\"role\":\"Charge Nurse!!\"},"
				+ "{\"staffId\":\"N-15\",\"role\":\"CANARY-ROLE-8812 floor buffer\"},{\"staffId\":\"N-16\"}]}";
		Map<?, ?> answer = post(body).expectStatus()
			.isAccepted()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(answer.get("warnings").toString())
			.contains("involved[4].role: not a known role, taken as OTHER", "involved[5].role: not given",
					"occurredAt: no time given")
			.doesNotContain("CANARY");
		String id = String.valueOf(answer.get("id"));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(published(id)).hasSize(1));
		String value = published(id).get(0).value();
		AdverseEventReported event = EventJson.mapper()
			.readValue(value, EventEnvelope.class)
			.dataAs(Events.ADVERSE_EVENT_REPORTED, EventJson.mapper());
		assertThat(event.involved()).extracting((c) -> c.staffId() + ":" + c.role())
			.containsExactly("N-11:PRIMARY", "N-12:PRIMARY", "N-13:PARTICIPANT", "N-14:PARTICIPANT", "N-15:OTHER",
					"N-16:OTHER");
		assertThat(event.occurredAt()).as("the time of receipt").isEqualTo(event.receivedAt());
		assertThat(value).doesNotContain("prescriber", "administering", "CANARY")
			.doesNotContainIgnoringCase("nurse")
			.doesNotContain("floor buffer");
		Map<?, ?> status = this.http.get()
			.uri("/api/v1/adverse-events/" + id)
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat((List<Object>) status.get("warnings")).contains(
				"occurredAt: no time given; the time intake received the report is taken as when it happened",
				"involved[3].role: taken as PARTICIPANT, for the word \"nurse\"");
		String rows = String.join("\n", this.jdbc.queryForList("SELECT t::text FROM received_report t", String.class));
		assertThat(rows).contains(reportId).doesNotContain("CANARY-ROLE").doesNotContainIgnoringCase("charge nurse");
		assertThat(output.getAll()).doesNotContain("CANARY-ROLE");
	}

	@Test
	void theSenderIsTheTokensClientAndOtherClientsCannotSeeItsReports() {
		String body = report("own-1", "\"involved\":[{\"staffId\":\"N-5\",\"role\":\"PRIMARY\"}]").replace("rl6-test",
				"forged-source");
		String id = idOf(body);
		assertThat(this.jdbc.queryForObject("SELECT source FROM received_report WHERE id = ?::uuid", String.class, id))
			.isEqualTo("rl6");
		this.http.get().uri("/api/v1/adverse-events/" + id).exchange().expectStatus().isOk();
		WebTestClient other = this.http.mutate()
			.defaultHeaders(TestIdentity.bearer(TestIdentity.get().riskSystem("another-system")))
			.build();
		other.get().uri("/api/v1/adverse-events/" + id).exchange().expectStatus().isNotFound();
		// The same report id from another system is that system's own report, not a
		// retry.
		Map<?, ?> theirs = other.post()
			.uri("/api/v1/adverse-events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(theirs.get("id")).isNotEqualTo(id);
		// A person is never a risk system, whatever their token's scopes.
		this.http.post()
			.uri("/api/v1/adverse-events")
			.headers(TestIdentity
				.bearer(TestIdentity.get().token().staffId("C-100").scope("system/AdverseEvent.write").sign()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void everyBadFieldIsNamedInAProblemDocument() {
		post("{\"source\":\"\",\"occurredAt\":\"yesterday\",\"harm\":\"CATASTROPHIC\",\"involved\":[],"
				+ "\"reportId\":42}")
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			// The source is the token's client: a blank one in the body is not even read.
			.jsonPath("$.errors[?(@.field=='source')]")
			.doesNotExist()
			.jsonPath("$.errors[?(@.field=='reportId')].reason")
			.isEqualTo("must be a string")
			.jsonPath("$.errors[?(@.field=='occurredAt')]")
			.exists()
			.jsonPath("$.errors[?(@.field=='harm')].reason")
			.isEqualTo("must be one of DEATH, SEVERE, MODERATE, MILD, NO_HARM, UNKNOWN")
			.jsonPath("$.errors[?(@.field=='involved')].reason")
			.isEqualTo("must name at least one staff member");
	}

	@Test
	void missingFieldsAndBadInvolvedEntriesAreRejected() {
		post("{\"involved\":[{\"staffId\":\"N-3\"},\"x\"]}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field=='reportId')].reason")
			.isEqualTo("is required")
			.jsonPath("$.errors[?(@.field=='harm')].reason")
			.isEqualTo("is required")
			// A report is never refused for its role: a missing one is OTHER.
			.jsonPath("$.errors[?(@.field=='involved[0].role')]")
			.doesNotExist()
			.jsonPath("$.errors[?(@.field=='involved[1]')]")
			.exists();
	}

	@Test
	void malformedJsonAndWrongShapesGetA400WithoutEchoingTheInput() {
		post("{\"source\": \"rl6\", \"narrative\": \"SECRET-TEXT").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.value((problem) -> assertThat(problem).contains("not well-formed JSON").doesNotContain("SECRET"));
		post("[1,2,3]").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
	}

	@Test
	void anOversizedBodyGets413AndTheServiceKeepsWorking() {
		String huge = report("huge-1", "\"involved\":[{\"staffId\":\"N-4\",\"role\":\"PRIMARY\"}],\"narrative\":\""
				+ "x".repeat(400_000) + "\"");
		post(huge).expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		post(report("after-huge", "\"involved\":[{\"staffId\":\"N-4\",\"role\":\"PRIMARY\"}]")).expectStatus()
			.isAccepted();
	}

	@Test
	void theServiceReportsItsHealth() {
		this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	private WebTestClient.ResponseSpec post(String body) {
		return this.http.post()
			.uri("/api/v1/adverse-events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	@Test
	void eachClinicianSeesTheReportsNamingThemByIdRoleAndTimeAndNeverAnothersOrTheNarrative() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String first = "CN-1-" + run;
		String second = "CN-2-" + run;
		String both = idOf(report("copy-both-" + run,
				"\"involved\":[{\"staffId\":\"" + first + "\",\"role\":\"PRIMARY\"},{\"staffId\":\"" + second
						+ "\",\"role\":\"WITNESS\"}]," + "\"narrative\":\"CANARY-NARRATIVE-" + run + "\""));
		String secondOnly = idOf(
				report("copy-second-" + run, "\"involved\":[{\"staffId\":\"" + second + "\",\"role\":\"PRIMARY\"}]"));
		Map<String, Object> mine = OwnSections.read(this.http, TestIdentity.get().clinician(first));
		assertThat(mine).containsEntry("service", "intake").containsEntry("staffId", first);
		assertThat(OwnSections.part(mine, "reportsNamingYou")).singleElement().satisfies((row) -> {
			assertThat(row).containsOnlyKeys("eventId", "role", "occurredAt", "receivedAt", "status");
			assertThat(row).containsEntry("eventId", both)
				.containsEntry("role", "PRIMARY")
				.containsEntry("occurredAt", "2026-11-20T10:00:00Z");
		});
		assertThat(mine.toString()).doesNotContain(second).doesNotContain("CANARY-NARRATIVE").doesNotContain("rl6");
		Map<String, Object> theirs = OwnSections.read(this.http, TestIdentity.get().clinician(second));
		assertThat(OwnSections.part(theirs, "reportsNamingYou")).extracting((row) -> row.get("eventId"))
			.containsExactly(both, secondOnly);
		assertThat(theirs.toString()).doesNotContain(first);
		OwnSections.refusedWithoutStaffId(this.http);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> OwnSections.recordsOwnRead(OwnSections.read(this.http, TestIdentity.get().clinician(first)),
					OwnSections.PATH));
	}

	private String idOf(String body) {
		Map<?, ?> answer = this.http.post()
			.uri("/api/v1/adverse-events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return String.valueOf(answer.get("id"));
	}

	private List<ConsumerRecord<String, String>> published(String eventId) {
		return TopicReader
			.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(Topics.ADVERSE_EVENTS_REPORTED))
			.stream()
			.filter((record) -> eventId.equals(record.key()))
			.toList();
	}

	private static String report(String reportId, String rest) {
		return "{\"source\":\"rl6-test\",\"reportId\":\"" + reportId
				+ "\",\"occurredAt\":\"2026-11-20T10:00:00Z\",\"harm\":\"SEVERE\"," + rest + "}";
	}

}
