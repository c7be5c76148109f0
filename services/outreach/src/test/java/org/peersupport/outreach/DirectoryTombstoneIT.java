package org.peersupport.outreach;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.clinician.StaffProfile;
import org.peersupport.shredding.PersonKeys;
import org.peersupport.testkit.OwnSections;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Outreach's copy of the directory on a real broker and PostgreSQL: names arrive sealed,
 * stay sealed in {@code staff_profile} and are opened only where used (the colleague
 * search); a destroyed key hides the name everywhere; a tombstone deletes the profile and
 * is never dead-lettered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class DirectoryTombstoneIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String GROUP = "outreach-tombstone-" + UUID.randomUUID();

	@Autowired
	WebTestClient web;

	@Autowired
	Clinicians clinicians;

	@Autowired
	PersonKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("outreach").forEach((key, value) -> registry.add(key, () -> value));
		registry.add("spring.kafka.consumer.group-id", () -> GROUP);
	}

	@Test
	void aSealedNameStaysSealedInTheTableAndIsFoundByTheColleagueSearch() {
		String staffId = "TS-1-" + this.run;
		String name = "Quintessa " + this.run;
		directory(staffId, this.keys.seal(staffId, name));

		assertThat(storedName(staffId)).startsWith("ps1:").doesNotContain(name);
		assertThat(this.clinicians.profile(staffId)).map(StaffProfile::name).contains(name);
		colleagues("quintessa " + this.run).jsonPath("$[0].staffId")
			.isEqualTo(staffId)
			.jsonPath("$[0].name")
			.isEqualTo(name)
			.jsonPath("$.length()")
			.isEqualTo(1);
		assertThat(ownDirectoryEntry(staffId)).as("their own copy shows their name, not the sealed text")
			.containsEntry("name", name);
	}

	@Test
	void onceTheKeyIsDestroyedTheNameIsGoneFromEveryReader() {
		String staffId = "TS-2-" + this.run;
		String name = "Ravindra " + this.run;
		directory(staffId, this.keys.seal(staffId, name));

		this.keys.destroy(staffId);

		assertThat(this.clinicians.profile(staffId)).hasValueSatisfying((p) -> assertThat(p.name()).isNull());
		colleagues("ravindra " + this.run).jsonPath("$.length()").isEqualTo(0);
		assertThat(ownDirectoryEntry(staffId)).containsEntry("name", PersonKeys.SHREDDED);
	}

	@Test
	void aTombstoneDeletesTheProfileAndIsNeverDeadLettered() {
		String leaver = "TS-3-" + this.run;
		directory(leaver, this.keys.seal(leaver, "Sigrun " + this.run));

		tombstone(leaver);
		await().atMost(PATIENCE).until(() -> this.clinicians.profile(leaver).isEmpty());

		// The partition moves on: a later entry is applied, and nothing went to the DLQ.
		String next = "TS-4-" + this.run;
		directory(next, this.keys.seal(next, "Tamsin " + this.run));
		assertThat(TopicReader
			.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(Topics.deadLetterTopic(GROUP)))
			.stream()
			.filter((record) -> leaver.equals(record.key()))).isEmpty();
		colleagues("sigrun " + this.run).jsonPath("$.length()").isEqualTo(0);
	}

	@Test
	void aPlainNameFromBeforeSealingIsSealedOnArrivalWithTheKeyMatchingMade() {
		String staffId = "TS-5-" + this.run;
		String name = "Ulrike " + this.run;
		this.keys.seal(staffId, "made by matching");
		directory(staffId, name);

		assertThat(storedName(staffId)).startsWith("ps1:");
		assertThat(this.clinicians.profile(staffId)).map(StaffProfile::name).contains(name);
	}

	@Test
	void aReplayedPlainNameOfSomeoneWithNoKeyMakesNoKeyAndIsNotKept() {
		String staffId = "TS-6-" + this.run;
		String name = "Valdis " + this.run;
		directory(staffId, name);

		assertThat(storedName(staffId)).isNull();
		assertThat(this.clinicians.profile(staffId)).hasValueSatisfying((p) -> assertThat(p.name()).isNull());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM keyring.person_key WHERE staff_id = ?", Integer.class,
				staffId))
			.as("only matching makes keys")
			.isZero();
	}

	private Map<String, Object> ownDirectoryEntry(String staffId) {
		return OwnSections.part(OwnSections.read(this.web, TestIdentity.get().clinician(staffId)), "directoryEntry")
			.get(0);
	}

	private void directory(String staffId, String name) {
		OutreachTraffic.send(Events.STAFF_DIRECTORY_ENTRY, staffId, staffId, new StaffDirectoryEntry(staffId, name,
				null, "ICU", "RN", null, false, false, null, true, 0, Instant.now()));
		await().atMost(PATIENCE).until(() -> this.clinicians.profile(staffId).isPresent());
	}

	private static void tombstone(String staffId) {
		try (var producer = new KafkaProducer<>(
				Map.<String, Object>of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<String, String>(Topics.STAFF_DIRECTORY, staffId, null)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String storedName(String staffId) {
		return this.jdbc.queryForObject("SELECT name FROM staff_profile WHERE staff_id = ?", String.class, staffId);
	}

	private WebTestClient.BodyContentSpec colleagues(String name) {
		return this.web.mutate()
			.defaultHeaders(TestIdentity.bearer(TestIdentity.get().clinician("TS-REFERRER-" + this.run)))
			.build()
			.get()
			.uri("/api/v1/colleagues?name={name}", name)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

}
