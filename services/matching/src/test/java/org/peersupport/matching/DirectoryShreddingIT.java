package org.peersupport.matching;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.matching.directory.StaffDirectory;
import org.peersupport.matching.privacy.PersonErasure;
import org.peersupport.shredding.PersonKeys;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crypto-shredding of the directory on a real broker and PostgreSQL: what the compacted
 * topic and {@code staff_member} hold of a canary person is sealed (the raw bytes carry
 * no name or address), a leaver's entry becomes a tombstone and their key is destroyed so
 * the sealed copies no longer open, an erasure deletes the rows too, and a row from
 * before sealing is sealed by the republication job.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryShreddingIT extends MatchingIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String HEADER = "staffId,name,email,department,role,supervisorId,supporter,trained,maxActive,leftOn\n";

	@Autowired
	PersonKeys keys;

	@Autowired
	StaffDirectory directory;

	@Autowired
	List<PersonErasure> erasures;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theDirectoryTopicAndTheRosterHoldNoReadableNameOrAddressOfACanary() {
		Canary canary = new Canary();
		importRoster(HEADER + canary.line(""));
		await().atMost(PATIENCE).until(() -> entries(canary.id).size() == 1);

		for (ConsumerRecord<String, byte[]> raw : rawRecords(canary.id)) {
			assertThat(new String(raw.value(), StandardCharsets.UTF_8)).doesNotContain(canary.name, canary.email,
					"Zebediah");
		}
		StaffDirectoryEntry entry = entries(canary.id).get(0);
		assertThat(entry.name()).startsWith("ps1:");
		assertThat(entry.email()).startsWith("ps1:");
		assertThat(entry.department()).as("what the dashboard reads stays readable").isEqualTo("D-SHRED");
		assertThat(this.keys.open(canary.id, entry.name())).contains(canary.name);
		assertThat(this.keys.open(canary.id, entry.email())).contains(canary.email);
		Map<String, Object> row = this.jdbc.queryForMap("SELECT name, email FROM staff_member WHERE staff_id = ?",
				canary.id);
		assertThat(row.values()).allSatisfy((value) -> assertThat(String.valueOf(value)).startsWith("ps1:"));

		importRoster(HEADER + canary.line("")).jsonPath("$.imported").isEqualTo(1);
		assertThat(entries(canary.id)).as("an unchanged row, sealed anew each time, is still unchanged").hasSize(1);
	}

	@Test
	void aLeaversEntryBecomesATombstoneAndTheirSealedValuesNoLongerOpen() {
		Canary canary = new Canary();
		importRoster(HEADER + canary.line(""));
		await().atMost(PATIENCE).until(() -> entries(canary.id).size() == 1);
		StaffDirectoryEntry published = entries(canary.id).get(0);

		importRoster(HEADER + canary.line(today().toString()));
		await().atMost(PATIENCE).until(() -> tombstones(canary.id) == 1);

		assertThat(this.keys.open(canary.id, published.name())).isEmpty();
		assertThat(this.keys.open(canary.id, published.email())).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT left_on FROM staff_member WHERE staff_id = ?", LocalDate.class,
				canary.id))
			.as("a leaver stays, inactive")
			.isEqualTo(today());
		assertThat(this.directory.paused()).contains(canary.id);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM keyring.person_key WHERE staff_id = ?", Integer.class,
				canary.id))
			.isZero();

		importRoster(HEADER + canary.line(today().toString()));
		this.directory.republish(canary.id);
		assertThat(this.directory.publishLeavers()).isZero();
		assertThat(entries(canary.id)).as("a leaver is never published again").hasSize(1);
		assertThat(tombstones(canary.id)).isEqualTo(1);
	}

	@Test
	void aLastDayImportedAheadTombstonesTheEntryWhenItComes() {
		Canary canary = new Canary();
		importRoster(HEADER + canary.line(today().plusDays(1).toString()));
		await().atMost(PATIENCE).until(() -> entries(canary.id).size() == 1);
		assertThat(this.directory.publishLeavers()).isZero();

		CLOCK.advance(Duration.ofDays(1));
		assertThat(this.directory.publishLeavers()).isGreaterThanOrEqualTo(1);
		await().atMost(PATIENCE).until(() -> tombstones(canary.id) == 1);
		assertThat(this.keys.open(canary.id, entries(canary.id).get(0).name())).isEmpty();
	}

	@Test
	void anErasureDestroysTheKeyDeletesTheRowsAndTombstonesTheEntry() {
		Canary canary = new Canary();
		importRoster(HEADER + canary.line(""));
		await().atMost(PATIENCE).until(() -> entries(canary.id).size() == 1);

		this.transactions.executeWithoutResult(
				(tx) -> this.erasures.forEach((erasure) -> erasure.erase(canary.id, CLOCK.instant())));

		await().atMost(PATIENCE).until(() -> tombstones(canary.id) == 1);
		assertThat(this.keys.open(canary.id, entries(canary.id).get(0).email())).isEmpty();
		for (String table : List.of("staff_member", "directory_publication", "keyring.person_key")) {
			assertThat(this.jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE staff_id = ?", Integer.class,
					canary.id))
				.as(table)
				.isZero();
		}
	}

	@Test
	void aRowFromBeforeSealingIsSealedByTheRepublicationJob() {
		Canary canary = new Canary();
		importRoster(HEADER + canary.line(""));
		await().atMost(PATIENCE).until(() -> entries(canary.id).size() == 1);
		// As the row stood before V55, in plain text; V55 queues every member.
		this.jdbc.update("UPDATE staff_member SET name = ?, email = ? WHERE staff_id = ?", canary.name, canary.email,
				canary.id);
		this.jdbc.update("INSERT INTO directory_republication (staff_id) VALUES (?)", canary.id);

		while (this.directory.publishQueued(500) > 0) {
			// others' queued rows, if any, go too
		}

		await().atMost(PATIENCE).until(() -> entries(canary.id).size() == 2);
		StaffDirectoryEntry resealed = entries(canary.id).get(1);
		assertThat(resealed.name()).startsWith("ps1:");
		assertThat(this.keys.open(canary.id, resealed.name())).contains(canary.name);
		assertThat(
				this.jdbc.queryForObject("SELECT email FROM staff_member WHERE staff_id = ?", String.class, canary.id))
			.startsWith("ps1:");
	}

	private static LocalDate today() {
		return CLOCK.instant().atZone(ZoneOffset.UTC).toLocalDate();
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

	/** A person whose name and address are searched for in every copy. */
	private static final class Canary {

		final String id = "CANARY-" + UUID.randomUUID().toString().substring(0, 8);

		final String name = "Zebediah Canary " + this.id.substring(7);

		final String email = this.id.toLowerCase() + "@canary.test";

		String line(String leftOn) {
			return this.id + "," + this.name + "," + this.email + ",D-SHRED,RN,,true,true,2," + leftOn + "\n";
		}

	}

}
