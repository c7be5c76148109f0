package org.peersupport.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.matching.directory.StaffDirectory;
import org.peersupport.shredding.PersonKeys;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SCIM 2.0 provisioning on a real broker and PostgreSQL: the RFC 7644 operations, the
 * request bodies Entra ID and Okta send (src/test/resources/scim), deactivation taking a
 * supporter out of matching at once with a tombstone on the directory topic, reactivation
 * restoring them, a DELETE making a leaver, idempotent repeats, and who may call at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class ScimUsersIT {

	private static final int SMTP_PORT = SupporterTestSupport.freePort();

	private static final GreenMail SMTP = SupporterTestSupport.startMailServer(SMTP_PORT);

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final MediaType SCIM = MediaType.parseMediaType("application/scim+json");

	private static final String ENTRA_USER_NAME = "Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1";

	private static final String OKTA_USER_NAME = "test.user@okta.local";

	private static final String ROSTER_HEADER = "staffId,name,email,department,role,supervisorId,supporter,trained,maxActive\n";

	@Autowired
	WebTestClient web;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StaffDirectory directory;

	@Autowired
	PersonKeys keys;

	@Test
	void entraCreatesFindsPatchesAndDeactivatesAUserWithTheBodiesItSends() {
		String id = "ENTRA-" + run();
		String created = scim().post()
			.uri("/scim/v2/Users")
			.contentType(SCIM)
			.bodyValue(body("entra/create-user.json").replace(ENTRA_USER_NAME, id))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.contentTypeCompatibleWith(SCIM)
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(id)
			.jsonPath("$.userName")
			.isEqualTo(id)
			.jsonPath("$.externalId")
			.isEqualTo("0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef")
			.jsonPath("$.active")
			.isEqualTo(true)
			.jsonPath("$.meta.resourceType")
			.isEqualTo("User")
			.returnResult()
			.toString();
		assertThat(created).contains("/scim/v2/Users/" + id);
		await().atMost(PATIENCE).until(() -> entries(id).size() == 1);
		StaffDirectoryEntry entry = entries(id).get(0);
		assertThat(this.keys.open(id, entry.name())).contains("givenName familyName");
		assertThat(entry.supporter()).as("the program, not the identity system, makes supporters").isFalse();

		// Entra looks a user up by userName (and by externalId) before anything else.
		scim().get()
			.uri((uri) -> uri.path("/scim/v2/Users").queryParam("filter", "userName eq \"{id}\"").build(id))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.schemas[0]")
			.isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse")
			.jsonPath("$.totalResults")
			.isEqualTo(1)
			.jsonPath("$.Resources[0].id")
			.isEqualTo(id);
		scim().get()
			.uri((uri) -> uri.path("/scim/v2/Users")
				.queryParam("filter", "externalId eq \"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef\"")
				.build())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.Resources[?(@.id == '" + id + "')]")
			.exists();
		scim().get()
			.uri((uri) -> uri.path("/scim/v2/Users")
				.queryParam("filter", "userName eq \"{id}\"")
				.build("nobody-" + run()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalResults")
			.isEqualTo(0)
			.jsonPath("$.Resources")
			.isEmpty();

		patch(id, body("entra/patch-multi-valued.json")).jsonPath("$.emails[0].value")
			.isEqualTo("updatedEmail@microsoft.com")
			.jsonPath("$.name.familyName")
			.isEqualTo("updatedFamilyName");
		patch(id, body("entra/patch-pathless-enterprise.json")).jsonPath("$.title")
			.isEqualTo("Charge Nurse")
			.jsonPath("$.name.givenName")
			.isEqualTo("Barbara")
			.jsonPath("$['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'].department")
			.isEqualTo("Cardiology");
		patch(id, body("entra/patch-add-manager.json"))
			.jsonPath("$['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'].manager.value")
			.isEqualTo("2819c223-7f76-453a-919d-413861904646");
		assertThat(
				this.jdbc.queryForObject("SELECT supervisor_id FROM staff_member WHERE staff_id = ?", String.class, id))
			.as("the manager is the line manager matching's conflict-of-interest rule reads")
			.isEqualTo("2819c223-7f76-453a-919d-413861904646");
		patch(id, body("entra/patch-remove-manager.json"))
			.jsonPath("$['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'].manager")
			.doesNotExist();
		await().atMost(PATIENCE).until(() -> entries(id).size() == 5);
		StaffDirectoryEntry latest = entries(id).get(4);
		assertThat(latest.department()).isEqualTo("Cardiology");
		assertThat(latest.role()).isEqualTo("Charge Nurse");
		assertThat(latest.supervisorId()).isNull();
		assertThat(this.keys.open(id, latest.email())).contains("updatedEmail@microsoft.com");

		// A changed userName would be a new staff id: refused, naming the attribute.
		scim().patch()
			.uri("/scim/v2/Users/" + id)
			.contentType(SCIM)
			.bodyValue(body("entra/patch-username.json"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.scimType")
			.isEqualTo("mutability")
			.jsonPath("$.detail")
			.value((detail) -> assertThat(String.valueOf(detail)).contains("userName"));

		patch(id, body("entra/patch-disable-string-boolean.json")).jsonPath("$.active").isEqualTo(false);
		await().atMost(PATIENCE).until(() -> tombstones(id) == 1);
		patch(id, body("entra/patch-enable-pathless-string-boolean.json")).jsonPath("$.active").isEqualTo(true);
		await().atMost(PATIENCE).until(() -> entries(id).size() == 6);
		patch(id, body("entra/patch-disable.json")).jsonPath("$.active").isEqualTo(false);
		await().atMost(PATIENCE).until(() -> tombstones(id) == 2);
		assertThat(this.keys.open(id, latest.name())).as("a deactivation keeps the key").isPresent();
	}

	@Test
	void oktaCreatesReplacesDeactivatesAndReactivatesWithTheBodiesItSends() {
		String id = "okta." + run() + "@okta.local";
		scim().post()
			.uri("/scim/v2/Users")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(okta("create-user.json", id))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.displayName")
			.isEqualTo("Test User");
		replace(id, okta("put-user.json", id)).jsonPath("$.displayName")
			.isEqualTo("Another User")
			.jsonPath("$.name.givenName")
			.isEqualTo("Another");
		await().atMost(PATIENCE).until(() -> entries(id).size() == 2);

		patch(id, body("okta/patch-deactivate.json")).jsonPath("$.active").isEqualTo(false);
		await().atMost(PATIENCE).until(() -> tombstones(id) == 1);
		assertThat(this.directory.paused()).contains(id);
		scim().get()
			.uri("/scim/v2/Users/" + id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.active")
			.isEqualTo(false);

		patch(id, body("okta/patch-reactivate.json")).jsonPath("$.active").isEqualTo(true);
		await().atMost(PATIENCE).until(() -> entries(id).size() == 3);
		assertThat(this.directory.paused()).doesNotContain(id);
		assertThat(this.keys.open(id, entries(id).get(2).name())).contains("Another User");
	}

	@Test
	void aDeactivatedSupporterIsNeverOfferedAgainAndTheirOpenOfferGoesBack() {
		String run = run();
		String supporter = "SUP-" + run;
		String other = "SUP2-" + run;
		String clinician = "CLIN-" + run;
		String second = "CLIN2-" + run;
		importRoster(ROSTER_HEADER + supporter + ",Sam Support,sam-" + run + "@hospital.test,ED,RN,,true,true,20\n"
				+ clinician + ",Cam Clinician,cam-" + run + "@hospital.test,ICU,RN,,false,false,0\n" + second
				+ ",Dee Clinician,dee-" + run + "@hospital.test,ICU,RN,,false,false,0\n");
		String firstCase = SupporterTestSupport.sendDue(clinician, "MAIN", "ICU");
		Map<String, Object> offer = SupporterTestSupport.awaitOffer(this.jdbc, firstCase);
		assertThat(offer).containsEntry("supporter_id", supporter);

		// The identity system's SCIM view of a roster member: deactivate them.
		patch(supporter, body("okta/patch-deactivate.json")).jsonPath("$.active").isEqualTo(false);

		assertThat(this.jdbc.queryForObject("SELECT status FROM offer WHERE id = ?", String.class, offer.get("id")))
			.as("their open offer expired in the same transaction, so the case was re-offered")
			.isEqualTo("EXPIRED");
		assertThat(
				this.jdbc.queryForList("SELECT supporter_id FROM offer WHERE case_id = ?::uuid AND status = 'OFFERED'",
						String.class, firstCase))
			.doesNotContain(supporter);
		await().atMost(PATIENCE).until(() -> tombstones(supporter) == 1);

		importRoster(ROSTER_HEADER + other + ",Oli Other,oli-" + run + "@hospital.test,ED,RN,,true,true,20\n");
		String secondCase = SupporterTestSupport.sendDue(second, "MAIN", "ICU");
		assertThat(SupporterTestSupport.awaitOffer(this.jdbc, secondCase)).containsEntry("supporter_id", other);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM offer WHERE supporter_id = ? AND status = 'OFFERED'",
				Integer.class, supporter))
			.isZero();
		// The roster import does not bring them back either: the identity system decides.
		importRoster(ROSTER_HEADER + supporter + ",Sam Support,sam-" + run + "@hospital.test,ED,RN,,true,true,20\n");
		assertThat(this.directory.paused()).contains(supporter);
	}

	@Test
	void repeatingTheSamePutOrPatchChangesAndPublishesNothing() {
		String id = "IDEM-" + run();
		String user = okta("create-user.json", id);
		scim().post().uri("/scim/v2/Users").contentType(SCIM).bodyValue(user).exchange().expectStatus().isCreated();
		await().atMost(PATIENCE).until(() -> entries(id).size() == 1);
		String lastModified = this.jdbc.queryForObject("SELECT last_modified::text FROM scim_user WHERE staff_id = ?",
				String.class, id);

		replace(id, user);
		replace(id, user);
		patch(id, body("okta/patch-reactivate.json"));
		patch(id, "{\"Operations\": [{\"op\": \"replace\", \"path\": \"displayName\", \"value\": \"Test User\"}]}");
		assertThat(this.jdbc.queryForObject("SELECT last_modified::text FROM scim_user WHERE staff_id = ?",
				String.class, id))
			.isEqualTo(lastModified);

		// A real change after the repeats: on the same partition, behind anything they
		// had published.
		patch(id, "{\"Operations\": [{\"op\": \"replace\", \"path\": \"title\", \"value\": \"MD\"}]}");
		await().atMost(PATIENCE).until(() -> entries(id).stream().anyMatch((entry) -> "MD".equals(entry.role())));
		assertThat(entries(id)).as("the repeats published nothing").hasSize(2);
	}

	@Test
	void aDeleteMakesALeaverWhoseKeyIsDestroyed() {
		String id = "DEL-" + run();
		scim().post()
			.uri("/scim/v2/Users")
			.contentType(SCIM)
			.bodyValue(okta("create-user.json", id))
			.exchange()
			.expectStatus()
			.isCreated();
		await().atMost(PATIENCE).until(() -> entries(id).size() == 1);

		scim().delete().uri("/scim/v2/Users/" + id).exchange().expectStatus().isNoContent();

		await().atMost(PATIENCE).until(() -> tombstones(id) == 1);
		assertThat(this.keys.open(id, entries(id).get(0).name())).isEmpty();
		assertThat(this.directory.paused()).contains(id);
		scim().get()
			.uri("/scim/v2/Users/" + id)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("404");
		scim().delete().uri("/scim/v2/Users/" + id).exchange().expectStatus().isNotFound();

		// They come back: provisioned anew, sealed with a new key.
		scim().post()
			.uri("/scim/v2/Users")
			.contentType(SCIM)
			.bodyValue(okta("create-user.json", id))
			.exchange()
			.expectStatus()
			.isCreated();
		await().atMost(PATIENCE).until(() -> entries(id).size() == 2);
		assertThat(this.keys.open(id, entries(id).get(1).name())).contains("Test User");
	}

	@Test
	void aDeactivatedPersonWhoIsDeletedLosesTheirKeyToo() {
		String id = "DEACT-DEL-" + run();
		scim().post()
			.uri("/scim/v2/Users")
			.contentType(SCIM)
			.bodyValue(okta("create-user.json", id))
			.exchange()
			.expectStatus()
			.isCreated();
		await().atMost(PATIENCE).until(() -> entries(id).size() == 1);
		patch(id, body("okta/patch-deactivate.json"));
		assertThat(this.keys.open(id, entries(id).get(0).name())).isPresent();

		scim().delete().uri("/scim/v2/Users/" + id).exchange().expectStatus().isNoContent();

		assertThat(this.keys.open(id, entries(id).get(0).name())).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM staff_deactivation WHERE staff_id = ?", Integer.class,
				id))
			.isZero();
		assertThat(this.directory.paused()).contains(id);
	}

	@Test
	void aDeactivatedPersonsLastDayFromTheRosterStillDestroysTheirKey() {
		String id = "LAST-" + run();
		java.time.LocalDate tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);
		importRoster("staffId,name,email,department,role,supervisorId,supporter,trained,maxActive,leftOn\n" + id
				+ ",Lou Last,lou-" + id + "@hospital.test,ED,RN,,false,false,0," + tomorrow + "\n");
		await().atMost(PATIENCE).until(() -> entries(id).size() == 1);
		patch(id, body("okta/patch-deactivate.json"));
		// The day comes (as the leavers' timer finds it).
		this.jdbc.update("UPDATE staff_member SET left_on = left_on - 1 WHERE staff_id = ?", id);

		assertThat(this.directory.publishLeavers()).isGreaterThanOrEqualTo(1);

		assertThat(this.keys.open(id, entries(id).get(0).name())).isEmpty();
		scim().get().uri("/scim/v2/Users/" + id).exchange().expectStatus().isNotFound();
	}

	@Test
	void errorsAreScimErrorsNamingTheAttributeAndNeverA5xx() {
		String id = "ERR-" + run();
		String user = okta("create-user.json", id);
		scim().post().uri("/scim/v2/Users").contentType(SCIM).bodyValue(user).exchange().expectStatus().isCreated();
		refused(scim().post().uri("/scim/v2/Users").contentType(SCIM).bodyValue(user), 409, "uniqueness", "userName");
		refused(scim().post().uri("/scim/v2/Users").contentType(SCIM).bodyValue("{\"displayName\": \"No Name\"}"), 400,
				"invalidValue", "userName");
		refused(scim().post().uri("/scim/v2/Users").contentType(SCIM).bodyValue("{not json"), 400, "invalidSyntax",
				"JSON");
		refused(scim().post()
			.uri("/scim/v2/Users")
			.contentType(SCIM)
			.bodyValue(user.replace(id, "X-" + id).replace("test.user@okta.local", "not-an-address")), 400,
				"invalidValue", "emails.value");
		refused(scim().patch()
			.uri("/scim/v2/Users/" + id)
			.contentType(SCIM)
			.bodyValue("{\"Operations\": [{\"op\": \"replace\", \"path\": \"active\", \"value\": \"maybe\"}]}"), 400,
				"invalidValue", "active");
		refused(scim().patch()
			.uri("/scim/v2/Users/" + id)
			.contentType(SCIM)
			.bodyValue("{\"Operations\": [{\"op\": \"replace\", \"path\": \"urn:example:x:badge\", \"value\": 1}]}"),
				400, "invalidPath", "path");
		refused(scim().put().uri("/scim/v2/Users/nobody-" + run()).contentType(SCIM).bodyValue(user), 404, null,
				"nobody");
		scim().get()
			.uri((uri) -> uri.path("/scim/v2/Users").queryParam("filter", "emails co \"x\"").build())
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.scimType")
			.isEqualTo("invalidFilter");
	}

	@Test
	void listsPageWithStartIndexAndCount() {
		for (int i = 0; i < 3; i++) {
			scim().post()
				.uri("/scim/v2/Users")
				.contentType(SCIM)
				.bodyValue(okta("create-user.json", "PAGE-" + i + "-" + run()))
				.exchange()
				.expectStatus()
				.isCreated();
		}
		scim().get()
			.uri("/scim/v2/Users?startIndex=2&count=2")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.startIndex")
			.isEqualTo(2)
			.jsonPath("$.itemsPerPage")
			.isEqualTo(2)
			.jsonPath("$.totalResults")
			.value((total) -> assertThat((Integer) total).isGreaterThanOrEqualTo(3));
		scim().get()
			.uri("/scim/v2/Users?count=0")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.Resources")
			.isEmpty();
	}

	@Test
	void theDiscoveryEndpointsAnswerWhatEntraAndOktaProbe() {
		scim().get()
			.uri("/scim/v2/ServiceProviderConfig")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.patch.supported")
			.isEqualTo(true)
			.jsonPath("$.filter.supported")
			.isEqualTo(true)
			.jsonPath("$.authenticationSchemes[0].type")
			.isEqualTo("oauthbearertoken");
		scim().get()
			.uri("/scim/v2/ResourceTypes")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.Resources[0].schemaExtensions[0].schema")
			.isEqualTo("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
		scim().get()
			.uri("/scim/v2/Schemas")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.Resources[1].id")
			.isEqualTo("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
	}

	@Test
	void groupsAreNotProvisionedAndAskingForThemIsNoServerError() {
		scim().get().uri("/scim/v2/Groups").exchange().expectStatus().isNotFound();
	}

	@Test
	void onlyTheProvisioningClientMayCall() {
		this.web.get().uri("/scim/v2/Users").exchange().expectStatus().isUnauthorized();
		as(TestIdentity.get().token().subject("other-client").scope("openid").sign()).get()
			.uri("/scim/v2/Users")
			.exchange()
			.expectStatus()
			.isForbidden();
		admin().get().uri("/scim/v2/Users").exchange().expectStatus().isForbidden();
		admin().post()
			.uri("/scim/v2/Users")
			.contentType(SCIM)
			.bodyValue(body("okta/create-user.json"))
			.exchange()
			.expectStatus()
			.isForbidden();
		as(TestIdentity.get().token().staffId("C-1").scope("peersupport.scim").sign()).get()
			.uri("/scim/v2/Users")
			.exchange()
			.expectStatus()
			.isForbidden();
		as(TestIdentity.get().riskSystem("rl6")).get().uri("/scim/v2/Users").exchange().expectStatus().isForbidden();
	}

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		// The real clock: the due cases sent here are due now.
		SupporterTestSupport.properties(registry, SMTP_PORT);
	}

	@AfterAll
	static void stopMail() {
		SMTP.stop();
	}

	private WebTestClient as(String token) {
		return this.web.mutate().defaultHeaders(TestIdentity.bearer(token)).build();
	}

	private WebTestClient admin() {
		return as(TestIdentity.get().administrator());
	}

	private void importRoster(String csv) {
		SupporterTestSupport.importRoster(this.web, csv);
	}

	/** The Okta body with the user's userName (and id) made this test's own. */
	private static String okta(String name, String userName) {
		return body("okta/" + name)
			.replace("\"userName\": \"" + OKTA_USER_NAME + "\"", "\"userName\": \"" + userName + "\"")
			.replace("\"id\": \"" + OKTA_USER_NAME + "\"", "\"id\": \"" + userName + "\"");
	}

	private WebTestClient scim() {
		return as(TestIdentity.get()
			.token()
			.subject("entra-scim")
			.claim("client_id", "entra-scim")
			.scope("peersupport.scim")
			.sign());
	}

	private WebTestClient.BodyContentSpec patch(String id, String body) {
		return scim().patch()
			.uri("/scim/v2/Users/" + id)
			.contentType(SCIM)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private WebTestClient.BodyContentSpec replace(String id, String body) {
		return scim().put()
			.uri("/scim/v2/Users/" + id)
			.contentType(SCIM)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private static void refused(WebTestClient.RequestHeadersSpec<?> request, int status, String scimType,
			String named) {
		WebTestClient.BodyContentSpec body = request.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(SCIM)
			.expectBody()
			.jsonPath("$.schemas[0]")
			.isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error")
			.jsonPath("$.status")
			.isEqualTo(String.valueOf(status))
			.jsonPath("$.detail")
			.value((detail) -> assertThat(String.valueOf(detail)).contains(named));
		if (scimType != null) {
			body.jsonPath("$.scimType").isEqualTo(scimType);
		}
	}

	private static String run() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static String body(String name) {
		try (InputStream in = new ClassPathResource("scim/" + name).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<ConsumerRecord<String, byte[]>> rawRecords(String staffId) {
		return TopicReader.readAllBytes(TestInfrastructure.kafka().bootstrapServers(), List.of(Topics.STAFF_DIRECTORY))
			.stream()
			.filter((record) -> staffId.equals(record.key()))
			.toList();
	}

	private static List<StaffDirectoryEntry> entries(String staffId) {
		return rawRecords(staffId).stream()
			.filter((record) -> record.value() != null)
			.map((record) -> EventJson.mapper()
				.readValue(new String(record.value(), StandardCharsets.UTF_8), EventEnvelope.class)
				.dataAs(Events.STAFF_DIRECTORY_ENTRY, EventJson.mapper()))
			.toList();
	}

	private static long tombstones(String staffId) {
		return rawRecords(staffId).stream().filter((record) -> record.value() == null).count();
	}

}
