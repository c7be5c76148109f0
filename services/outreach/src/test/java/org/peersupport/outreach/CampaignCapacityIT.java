package org.peersupport.outreach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-03T15:00:00Z"));

	@Autowired
	WebTestClient web;

	@Autowired
	Clinicians clinicians;

	@Autowired
	SupporterCapacity capacity;

	@Autowired
	JdbcTemplate jdbc;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private Campaigning campaigns;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("outreach").forEach((key, value) -> registry.add(key, () -> value));
		String group = "outreach-campaign-capacity-" + UUID.randomUUID();
		registry.add("spring.kafka.consumer.group-id", () -> group);
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
	void aCampaignPacedByCapacityOpensOnlyWhatTheSupportersCanTakeAndNobodyTwice() {
		this.campaigns = new Campaigning(this.web, CLOCK);
		CLOCK.advanceToNext(LocalTime.of(10, 0), ZoneId.of("America/New_York"));
		// A rerun meets the first attempt's open cases: a ballast supporter takes up
		// exactly what they hold, so the five below are the free capacity.
		this.campaigns.pauseAll();
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
		await().pollDelay(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> true);
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
