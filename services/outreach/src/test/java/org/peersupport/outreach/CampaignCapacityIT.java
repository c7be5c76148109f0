package org.peersupport.outreach;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.outreach.campaign.SupporterCapacity;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.clinician.StaffProfile;
import org.peersupport.shredding.PersonKeys;
import org.peersupport.testkit.MutableClock;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A campaign paced by supporter capacity: 200 residents, 5 supporters who take two cases
 * each. In a context (and database) of its own, so that no other test's open cases take
 * capacity; the clock moves days.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class CampaignCapacityIT {

	private static final Duration PATIENCE = Campaigning.PATIENCE;

	/** 10:00 in New York on Thursday 3 December 2026. */
	private static final String GROUP = "outreach-campaign-capacity-" + UUID.randomUUID();

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-03T15:00:00Z"));

	@Autowired
	WebTestClient web;

	@Autowired
	PersonKeys keys;

	@Autowired
	Clinicians clinicians;

	@Autowired
	SupporterCapacity capacity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private Campaigning campaigns;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("outreach").forEach((key, value) -> registry.add(key, () -> value));
		registry.add("spring.kafka.consumer.group-id", () -> GROUP);
		registry.add("peersupport.timers.polling-interval", () -> "PT0.1S");
		// Only the directory and check-ins: the incidents other tests report on the
		// shared broker would take capacity in the middle of the count.
		registry.add("spring.kafka.listener.auto-startup", () -> "false");
	}

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@BeforeEach
	void listenToTheDirectoryAndCheckinsOnly() {
		for (MessageListenerContainer container : this.listeners.getListenerContainers()) {
			List<String> topics = List.of(container.getContainerProperties().getTopics());
			if ((topics.contains(Topics.STAFF_DIRECTORY) || topics.contains(Topics.CHECKINS_COMPLETED))
					&& !container.isRunning()) {
				container.start();
			}
		}
	}

	@TestConfiguration
	static class TestClock {

		@Bean
		Clock clock() {
			return CLOCK;
		}

	}

	@Test
	void aCampaignPacedByCapacityOpensOnlyWhatTheSupportersCanTakeAndNobodyTwice() throws Exception {
		this.campaigns = new Campaigning(this.web, CLOCK, this.keys);
		CLOCK.advanceToNext(LocalTime.of(10, 0), ZoneId.of("America/New_York"));
		// A rerun meets the first attempt's open cases: a ballast supporter takes up
		// exactly what they hold, so the five below are the free capacity.
		this.campaigns.pauseAll();
		// A new consumer group reads the compacted directory from the start: count only
		// once every earlier run's supporters are in.
		awaitDirectoryConsumed();
		int capacityBefore = this.clinicians.supporterCapacity();
		Integer load = this.jdbc.queryForObject(
				"SELECT count(*) FROM outreach_case WHERE status IN ('SCHEDULED', 'OFFERED', 'ACCEPTED')",
				Integer.class);
		int ballast = Math.max(0, load - capacityBefore);
		Map<String, StaffDirectoryEntry> people = new LinkedHashMap<>();
		people.put(staff("BALLAST"), this.campaigns.supporter(staff("BALLAST"), ballast));
		for (int i = 1; i <= 5; i++) {
			people.put(staff("P-" + i), this.campaigns.supporter(staff("P-" + i), 2));
		}
		String department = "RES-" + this.run;
		for (int i = 1; i <= 200; i++) {
			String id = staff(String.format("R-%03d", i));
			people.put(id, this.campaigns.person(id, "RESIDENT", department, null));
		}
		OutreachTraffic.sendAll(Events.STAFF_DIRECTORY_ENTRY, people);
		await().atMost(PATIENCE)
			.until(() -> this.clinicians.profiles((p) -> department.equals(p.department())).size() == 200
					&& this.clinicians.supporterCapacity() == capacityBefore + ballast + 10);
		assertThat(this.capacity.free()).as("the five supporters take two cases each").isEqualTo(10);

		String id = this.campaigns.define(Map.of("name", "Winter check-in " + this.run, "kind", "ON_DATE", "cohort",
				Map.of("departments", List.of(department)), "opensAt", CLOCK.instant().plusSeconds(3600).toString(),
				"pace", Map.of("kind", "CAPACITY")));
		assertThat(this.campaigns.progress(id).opened()).as("nothing opens before opensAt").isZero();
		CLOCK.advance(Duration.ofMinutes(61));
		int firstWave = 10;
		this.campaigns.awaitProgress(id, (p) -> p.opened() == firstWave && p.members() == 200);
		assertThat(this.capacity.free()).isZero();
		awaitDues(department, firstWave);

		// A day on, nobody was answered: the capacity is still taken, nothing more opens.
		CLOCK.advance(Duration.ofDays(1));
		this.campaigns.awaitTick(id);
		assertThat(this.campaigns.progress(id).opened()).isEqualTo(firstWave);

		// Four clinicians decline: their cases close and four more open at the next
		// check.
		List<OutreachDue> dues = campaignDues(department);
		for (OutreachDue due : dues.subList(0, 4)) {
			this.campaigns.checkin(due.caseId(), due.staffId(), ContactOutcome.DECLINED);
		}
		await().atMost(PATIENCE).until(() -> this.capacity.free() == 4);
		CLOCK.advance(Duration.ofMinutes(61));
		this.campaigns.awaitProgress(id, (p) -> p.opened() == firstWave + 4 && p.declined() == 4 && p.accepted() == 4);

		// Paused, it opens nothing however much is free; resumed, it goes on.
		this.campaigns.act(id, "pause").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PAUSED");
		for (OutreachDue due : dues.subList(4, 6)) {
			this.campaigns.checkin(due.caseId(), due.staffId(), ContactOutcome.DECLINED);
		}
		await().atMost(PATIENCE).until(() -> this.capacity.free() == 2);
		CLOCK.advance(Duration.ofHours(2));
		this.campaigns.awaitTimersCaughtUp(this.run);
		assertThat(this.campaigns.campaign(id).get("nextTickAt")).as("a paused campaign has no timer").isNull();
		assertThat(this.campaigns.progress(id).opened()).isEqualTo(firstWave + 4);
		this.campaigns.act(id, "resume").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACTIVE");
		this.campaigns.awaitProgress(id, (p) -> p.opened() == firstWave + 6);

		// Each resident went to matching once at most, every offer as a campaign's.
		List<OutreachDue> all = awaitDues(department, firstWave + 6);
		assertThat(all).extracting(OutreachDue::staffId).doesNotHaveDuplicates();
		assertThat(all).extracting(OutreachDue::source).containsOnly(CaseSource.CAMPAIGN);
		this.campaigns.act(id, "pause").expectStatus().isOk();
	}

	@Test
	void twoCampaignsPacedByCapacityTickingTogetherOpenNoMoreThanIsFree() throws Exception {
		this.campaigns = new Campaigning(this.web, CLOCK, this.keys);
		CLOCK.advanceToNext(LocalTime.of(10, 0), ZoneId.of("America/New_York"));
		this.campaigns.pauseAll();
		// Two supporters of this run, and whatever the directory's earlier runs left: the
		// free capacity once outreach has read the whole directory is the baseline.
		OutreachTraffic.sendAll(Events.STAFF_DIRECTORY_ENTRY, Map.of(staff("Q-1"),
				this.campaigns.supporter(staff("Q-1"), 2), staff("Q-2"), this.campaigns.supporter(staff("Q-2"), 2)));
		awaitDirectoryConsumed();
		// Earlier runs' open cases may hold more than the supporters take: a ballast
		// supporter takes that up, so this run's four places are free.
		int over = Math.max(0, openLoad() - this.clinicians.supporterCapacity());
		if (over > 0) {
			OutreachTraffic.send(Events.STAFF_DIRECTORY_ENTRY, staff("Q-BALLAST"), staff("Q-BALLAST"),
					this.campaigns.supporter(staff("Q-BALLAST"), over));
			awaitDirectoryConsumed();
		}
		int free = this.capacity.free();
		assertThat(free).as("at least this run's two supporters' places").isGreaterThanOrEqualTo(4);
		// Each campaign alone could fill all of it and more.
		Map<String, StaffDirectoryEntry> people = new LinkedHashMap<>();
		for (String department : List.of("QA-" + this.run, "QB-" + this.run)) {
			for (int i = 1; i <= free + 3; i++) {
				String id = staff(department + "-" + i);
				people.put(id, this.campaigns.person(id, "RESIDENT", department, null));
			}
		}
		OutreachTraffic.sendAll(Events.STAFF_DIRECTORY_ENTRY, people);
		awaitDirectoryConsumed();
		assertThat(this.capacity.free()).isEqualTo(free);

		List<String> ids = new java.util.ArrayList<>();
		try (Connection holder = this.dataSource.getConnection()) {
			// Hold the capacity lock, so both ticks are due and waiting for it at once.
			holder.setAutoCommit(false);
			try (Statement statement = holder.createStatement()) {
				statement.execute("SELECT pg_advisory_xact_lock(hashtext('outreach-supporter-capacity'))");
			}
			for (String department : List.of("QA-" + this.run, "QB-" + this.run)) {
				ids.add(this.campaigns.define(Map.of("name", "Together " + department, "kind", "ON_DATE", "cohort",
						Map.of("departments", List.of(department)), "opensAt",
						CLOCK.instant().plusSeconds(3600).toString(), "pace", Map.of("kind", "CAPACITY"))));
			}
			CLOCK.advance(Duration.ofMinutes(61));
			await().atMost(PATIENCE).until(() -> waitingFor(holder) == 2);
			holder.rollback();
		}
		for (String id : ids) {
			this.campaigns.awaitTick(id);
		}
		int opened = ids.stream().mapToInt((id) -> this.campaigns.progress(id).opened()).sum();
		assertThat(opened).as("together they fill the free capacity, never more").isEqualTo(free);
		assertThat(this.capacity.free()).isZero();
		ids.forEach((id) -> this.campaigns.act(id, "pause").expectStatus().isOk());
	}

	private int openLoad() {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM outreach_case WHERE status IN ('SCHEDULED', 'OFFERED', 'ACCEPTED')",
				Integer.class);
	}

	/** How many transactions wait for an advisory lock the holder holds. */
	private int waitingFor(Connection holder) {
		return this.jdbc.queryForObject("""
				SELECT count(*) FROM pg_locks w JOIN pg_locks h ON h.locktype = 'advisory' AND h.granted
				    AND h.classid = w.classid AND h.objid = w.objid AND h.objsubid = w.objsubid
				WHERE w.locktype = 'advisory' AND NOT w.granted AND h.pid = ?
				""", Integer.class, pid(holder));
	}

	private static int pid(Connection connection) {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT pg_backend_pid()")) {
			rs.next();
			return rs.getInt(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Waits until outreach has handled the whole directory topic (its committed offsets
	 * reach the end): the compacted topic holds every earlier run's supporters, which a
	 * new consumer group reads from the start.
	 */
	private static void awaitDirectoryConsumed() throws Exception {
		try (Admin admin = Admin.create(
				Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers()))) {
			List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.STAFF_DIRECTORY))
				.allTopicNames()
				.get()
				.get(Topics.STAFF_DIRECTORY)
				.partitions()
				.stream()
				.map((p) -> new TopicPartition(Topics.STAFF_DIRECTORY, p.partition()))
				.toList();
			Map<TopicPartition, Long> end = new java.util.HashMap<>();
			admin.listOffsets(partitions.stream().collect(Collectors.toMap((p) -> p, (p) -> OffsetSpec.latest())))
				.all()
				.get()
				.forEach((p, info) -> end.put(p, info.offset()));
			await().atMost(PATIENCE).until(() -> {
				Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
					.partitionsToOffsetAndMetadata()
					.get();
				return end.entrySet()
					.stream()
					.allMatch((e) -> e.getValue() == 0 || (committed.get(e.getKey()) != null
							&& committed.get(e.getKey()).offset() >= e.getValue()));
			});
		}
	}

	private String staff(String name) {
		return name + "-" + this.run;
	}

	private List<OutreachDue> awaitDues(String department, int count) {
		return await().atMost(PATIENCE).until(() -> campaignDues(department), (dues) -> dues.size() == count);
	}

	/** What went to matching for the residents of a department. */
	private List<OutreachDue> campaignDues(String department) {
		List<String> residents = this.clinicians.profiles((p) -> department.equals(p.department()))
			.stream()
			.map(StaffProfile::staffId)
			.toList();
		return Campaigning.dues(this.run, residents);
	}

}
