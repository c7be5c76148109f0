package org.peersupport.intake.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.contracts.events.InvolvedClinician;
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
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * FHIR R4 and R5 fixtures, written from the specification, go through intake field by
 * field: who was involved and how, how bad, actual or near miss; and no canary leaves
 * intake.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
@ExtendWith(OutputCaptureExtension.class)
class FhirIntakeIT {

	private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

	private static final MediaType FHIR_XML = MediaType.parseMediaType("application/fhir+xml");

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

	static Stream<Arguments> singleResources() {
		return Stream.of(Arguments.of("r4", "contained-practitioner", List.of("N-111:PARTICIPANT"), "MILD", "ACTUAL"),
				Arguments.of("r4", "near-miss", List.of("N-131:REPORTER"), "UNKNOWN", "NEAR_MISS"),
				Arguments.of("r4", "death", List.of("N-141:PARTICIPANT"), "DEATH", "ACTUAL"),
				Arguments.of("r4", "medication-ncc-merp", List.of("N-151:PARTICIPANT"), "MODERATE", "ACTUAL"),
				Arguments.of("r4", "ahrq-harm", List.of("N-161:PARTICIPANT"), "SEVERE", "ACTUAL"),
				Arguments.of("r4", "nonconformant", List.of("N-171:PARTICIPANT"), "SEVERE", "ACTUAL"),
				Arguments.of("r4", "staff-subject", List.of("N-186:PRIMARY", "N-187:PARTICIPANT"), "SEVERE", "ACTUAL"),
				Arguments.of("r4", "no-time", List.of("N-191:PARTICIPANT"), "MODERATE", "ACTUAL"),
				Arguments.of("r5", "contained-practitioner", List.of("N-211:PRIMARY"), "MILD", "ACTUAL"),
				Arguments.of("r5", "near-miss", List.of("N-231:REPORTER"), "UNKNOWN", "NEAR_MISS"),
				Arguments.of("r5", "death", List.of("N-241:PRIMARY"), "DEATH", "ACTUAL"),
				Arguments.of("r5", "medication-ncc-merp", List.of("N-251:PRIMARY"), "MODERATE", "ACTUAL"),
				Arguments.of("r5", "ahrq-harm", List.of("N-261:PARTICIPANT"), "SEVERE", "ACTUAL"),
				Arguments.of("r5", "nonconformant", List.of("N-271:WITNESS"), "SEVERE", "ACTUAL"),
				// Starts with a byte-order mark, as HL7's published R5 examples do.
				Arguments.of("r5", "no-time", List.of("N-291:PRIMARY", "N-292:PARTICIPANT", "N-293:OTHER"), "MILD",
						"ACTUAL"));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("singleResources")
	void aSingleAdverseEventMapsFieldByField(String version, String fixture, List<String> involved, String harm,
			String actuality, CapturedOutput output) {
		String id = locationId(
				post("/fhir/" + version + "/AdverseEvent", FHIR_JSON, fixture(version, fixture)).expectStatus()
					.isCreated()
					.expectHeader()
					.contentTypeCompatibleWith(FHIR_JSON)
					.expectBody(String.class)
					.returnResult());
		AdverseEventReported event = published(id);
		assertThat(event.involved()).extracting((c) -> c.staffId() + ":" + c.role())
			.containsExactlyElementsOf(involved);
		assertThat(event.harm()).hasToString(harm);
		assertThat(event.actuality()).hasToString(actuality);
		assertNoCanaryLeft(fixture, output);
	}

	@ParameterizedTest
	@ValueSource(strings = { "r4", "r5" })
	void aResourceWithNoTimeTakesTheTimeOfReceiptAndTheReceiptAndStatusSaySo(String version) {
		String key = "INC-" + version.toUpperCase() + "-019";
		String resource = fixture(version, "no-time").replace(key, key + "-" + UUID.randomUUID());
		String id = locationId(post("/fhir/" + version + "/AdverseEvent", FHIR_JSON, resource).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.issue[?(@.severity=='warning')].expression[0]")
			.value((expressions) -> assertThat(expressions.toString()).contains("AdverseEvent.occurrence"))
			.returnResult());
		AdverseEventReported event = published(id);
		assertThat(event.occurredAt()).isEqualTo(event.receivedAt());
		this.http.get()
			.uri("/api/v1/adverse-events/" + id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.warnings")
			.value((warnings) -> assertThat(warnings.toString()).contains("AdverseEvent.occurrence: no time given")
				.doesNotContain("CANARY"));
		if (version.equals("r5")) {
			// A function in local words is mapped, and only the platform's code travels.
			assertThat(publishedValues(id)).contains("\"role\":\"PARTICIPANT\"", "\"role\":\"OTHER\"")
				.doesNotContainIgnoringCase("charge nurse")
				.doesNotContain("X-17");
		}
	}

	@Test
	void anXmlBundleWithAByteOrderMarkResolvesTheStaffSubjectFromItsEntries(CapturedOutput output) {
		byte[] xml = fixtureBytes("r5", "staff-subject.xml");
		assertThat(xml).as("the fixture keeps its byte-order mark").startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String response = this.http.post()
			.uri("/fhir/r5")
			.contentType(FHIR_XML)
			.bodyValue(xml)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(FHIR_XML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(response).contains("batch-response").contains("201 Created");
		String id = reportIdIn(response);
		AdverseEventReported event = published(id);
		assertThat(event.involved()).extracting((c) -> c.staffId() + ":" + c.role())
			.containsExactly("N-286:PRIMARY", "N-287:WITNESS");
		assertThat(event.category()).hasToString("VIOLENCE_AGAINST_STAFF");
		assertNoCanaryLeft("staff-subject", output);
	}

	@Test
	void aTransactionBundleResolvesPractitionersAndAnswersPerEntry() {
		for (String version : List.of("r4", "r5")) {
			String response = post("/fhir/" + version, FHIR_JSON, fixture(version, "bundle-practitioners"))
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(response).contains("\"type\":\"transaction-response\"").contains("201 Created");
			String id = reportIdIn(response);
			AdverseEventReported event = published(id);
			List<String> expected = version.equals("r4") ? List.of("N-101:PARTICIPANT", "N-102:PARTICIPANT")
					: List.of("N-201:PARTICIPANT", "N-202:WITNESS");
			assertThat(event.involved()).extracting((c) -> c.staffId() + ":" + c.role())
				.containsExactlyElementsOf(expected);
			assertThat(event.unit()).isEqualTo("ICU-3");
			assertThat(event.category()).hasToString("MEDICATION");
			assertThat(event.harm()).hasToString("SEVERE");
		}
	}

	@Test
	void aPractitionerRoleResolvesToItsPractitionerInACollection() {
		for (String version : List.of("r4", "r5")) {
			String response = post("/fhir/" + version, FHIR_JSON, fixture(version, "practitioner-role")).expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(response).contains("batch-response");
			String id = reportIdIn(response);
			assertThat(published(id).involved()).extracting(InvolvedClinician::staffId)
				.containsExactly(version.equals("r4") ? "N-121" : "N-221");
		}
	}

	@Test
	void aBatchAcceptsGoodEntriesAndNamesWhatIsWrongWithTheBadOne() {
		for (String version : List.of("r4", "r5")) {
			post("/fhir/" + version, FHIR_JSON, fixture(version, "batch-mixed")).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("batch-response")
				.jsonPath("$.entry[0].response.status")
				.isEqualTo("201 Created")
				.jsonPath("$.entry[1].response.status")
				.isEqualTo("201 Created")
				.jsonPath("$.entry[2].response.status")
				.isEqualTo("400 Bad Request")
				.jsonPath("$.entry[2].response.outcome.issue[*].expression[0]")
				// No time is no reason to refuse it (the time of receipt is taken); no
				// key is.
				.value((expressions) -> assertThat(expressions.toString())
					.contains("Bundle.entry[2].AdverseEvent.identifier")
					.doesNotContain("occurrence"));
		}
	}

	@Test
	void aResourceWithoutMetaSourceOrIdentifierSystemIsTheAuthenticatedClientsReport() {
		// Most published examples carry neither: the sender is whoever holds the token.
		String anonymous = fixture("r4", "death")
			.replace("\"source\": \"http://rl6.hospital.example.org\"", "\"versionId\": \"1\"")
			.replace("\"system\": \"http://rl6.hospital.example.org/incident\",", "")
			.replace("INC-R4-005", "INC-R4-NO-SOURCE");
		assertThat(anonymous).doesNotContain("rl6.hospital.example.org");
		String id = locationId(post("/fhir/r4/AdverseEvent", FHIR_JSON, anonymous).expectStatus()
			.isCreated()
			.expectBody(String.class)
			.returnResult());
		assertThat(this.jdbc.queryForObject("SELECT source FROM received_report WHERE id = ?::uuid", String.class, id))
			.isEqualTo("rl6");
	}

	@Test
	void aResourceWithNoStaffIsAcceptedWithoutOutreachAndSaysWhy() {
		for (String version : List.of("r4", "r5")) {
			String id = locationId(
					post("/fhir/" + version + "/AdverseEvent", FHIR_JSON, fixture(version, "no-staff")).expectStatus()
						.isCreated()
						.expectBody(String.class)
						.value((body) -> assertThat(body).contains("without outreach"))
						.returnResult());
			this.http.get()
				.uri("/api/v1/adverse-events/" + id)
				.exchange()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("no-outreach")
				.jsonPath("$.reason")
				.value((reason) -> assertThat(reason.toString()).contains("never staff").doesNotContain("CANARY"));
			assertThat(countPublished(id)).isZero();
		}
	}

	@Test
	void xmlIsAcceptedAndAnsweredInXml() {
		FhirContext r4 = FhirContext.forR4Cached();
		String xml = r4.newXmlParser()
			.encodeResourceToString(
					r4.newJsonParser().parseResource(fixture("r4", "death").replace("INC-R4-005", "INC-R4-XML-005")));
		post("/fhir/r4/AdverseEvent", FHIR_XML, xml).expectStatus()
			.isCreated()
			.expectHeader()
			.contentTypeCompatibleWith(FHIR_XML)
			.expectBody(String.class)
			.value((body) -> assertThat(body).startsWith("<OperationOutcome"));
	}

	@Test
	void aChangedResourceIsAnUpdateThatSendsOnlyTheNewcomers() {
		String original = fixture("r5", "contained-practitioner").replace("INC-R5-002", "INC-R5-UPD-002");
		String id = locationId(post("/fhir/r5/AdverseEvent", FHIR_JSON, original).expectStatus()
			.isCreated()
			.expectBody(String.class)
			.returnResult());
		post("/fhir/r5/AdverseEvent", FHIR_JSON, original).expectStatus().isOk();
		String withWitness = original.replace("\"participant\": [",
				"\"participant\": [{\"function\": {\"coding\": "
						+ "[{\"code\": \"WIT\"}]}, \"actor\": {\"identifier\": {\"system\": "
						+ "\"http://hospital.example.org/staff-id\", \"value\": \"N-299\"}}}, ");
		assertThat(withWitness).isNotEqualTo(original);
		post("/fhir/r5/AdverseEvent", FHIR_JSON, withWitness).expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("1 newly named staff"));
		await().atMost(Duration.ofSeconds(20)).until(() -> countPublished(id) == 2);
		List<AdverseEventReported> events = events(id);
		assertThat(events.get(0).involved()).extracting(InvolvedClinician::staffId).containsExactly("N-211");
		assertThat(events.get(1).involved()).extracting(InvolvedClinician::staffId).containsExactly("N-299");
	}

	@Test
	void unreadableOrWrongResourcesGetAnOperationOutcomeNeverA5xx() {
		post("/fhir/r4/AdverseEvent", FHIR_JSON, "{\"resourceType\": \"AdverseEvent\", \"date\": ").expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("OperationOutcome").contains("not a readable FHIR R4"));
		post("/fhir/r5/AdverseEvent", FHIR_JSON,
				"{\"resourceType\": \"Patient\", \"name\": [{\"text\": \"SECRET-NAME\"}]}")
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("must be AdverseEvent").doesNotContain("SECRET"));
		post("/fhir/r4", FHIR_JSON, "{\"resourceType\": \"Bundle\", \"type\": \"document\"}").expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Bundle.type"));
		post("/fhir/r4/AdverseEvent", FHIR_XML, "<AdverseEvent xmlns=\"http://hl7.org/fhir\"><date value=\"x\"")
			.expectStatus()
			.isBadRequest();
		post("/fhir/r6/AdverseEvent", FHIR_JSON, "{}").expectStatus().isNotFound();
		String huge = fixture("r4", "death").replace("\"actuality\"",
				"\"extension\": [{\"url\": \"http://example.org/x\", \"valueString\": \"" + "x".repeat(300_000)
						+ "\"}], \"actuality\"");
		post("/fhir/r4/AdverseEvent", FHIR_JSON, huge).expectStatus().isEqualTo(413);
	}

	private void assertNoCanaryLeft(String fixture, CapturedOutput output) {
		String tables = String.join("\n", this.jdbc.queryForList("SELECT t::text FROM received_report t", String.class))
				+ String.join("\n", this.jdbc.queryForList("SELECT t::text FROM outbox_message t", String.class));
		StringBuilder topic = new StringBuilder();
		for (ConsumerRecord<String, String> record : TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(),
				List.of(Topics.ADVERSE_EVENTS_REPORTED))) {
			topic.append(record.value());
		}
		for (String canary : List.of("CANARY-PATIENT-", "CANARY-NARRATIVE-", "CANARY-NOTE-", "CANARY-SUSPECT-",
				"CANARY-SUPPORT-")) {
			assertThat(tables).as("intake tables").doesNotContain(canary + fixture);
			assertThat(topic).as("published events").doesNotContain(canary);
			assertThat(output.getAll()).as("logs").doesNotContain(canary + fixture);
		}
		// The rows were read: the report ids are there, only the canaries are not.
		assertThat(tables).contains("INC-R");
	}

	private WebTestClient.ResponseSpec post(String path, MediaType type, String body) {
		return this.http.post().uri(path).contentType(type).bodyValue(body).exchange();
	}

	/** The report a response Bundle names (the last, where it names several). */
	private static String reportIdIn(String response) {
		return response.replaceAll("(?s).*/api/v1/adverse-events/([0-9a-f-]{36}).*", "$1");
	}

	private static String locationId(EntityExchangeResult<?> result) {
		String location = String.valueOf(result.getResponseHeaders().getLocation());
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private AdverseEventReported published(String id) {
		await().atMost(Duration.ofSeconds(20)).until(() -> countPublished(id) >= 1);
		return events(id).get(0);
	}

	private long countPublished(String id) {
		return events(id).size();
	}

	private static String publishedValues(String id) {
		StringBuilder values = new StringBuilder();
		for (ConsumerRecord<String, String> record : TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(),
				List.of(Topics.ADVERSE_EVENTS_REPORTED))) {
			if (id.equals(record.key())) {
				values.append(record.value());
			}
		}
		return values.toString();
	}

	private static List<AdverseEventReported> events(String id) {
		List<AdverseEventReported> events = new ArrayList<>();
		for (ConsumerRecord<String, String> record : TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(),
				List.of(Topics.ADVERSE_EVENTS_REPORTED))) {
			if (id.equals(record.key())) {
				events.add(EventJson.mapper()
					.readValue(record.value(), EventEnvelope.class)
					.dataAs(Events.ADVERSE_EVENT_REPORTED, EventJson.mapper()));
			}
		}
		return events;
	}

	static String fixture(String version, String name) {
		return new String(fixtureBytes(version, name + ".json"), StandardCharsets.UTF_8);
	}

	static byte[] fixtureBytes(String version, String file) {
		try (InputStream in = FhirIntakeIT.class.getResourceAsStream("/fhir/" + version + "/" + file)) {
			assertThat(in).as(version + "/" + file).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
