package org.peersupport.outreach;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.events.Actuality;
import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.contracts.events.AssignmentAccepted;
import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.IncidentMilestone;
import org.peersupport.contracts.events.InvolvedClinician;
import org.peersupport.contracts.events.InvolvementRole;
import org.peersupport.contracts.events.MilestoneKind;
import org.peersupport.contracts.events.OutreachClosed;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.outreach.campaign.CampaignProgress;
import org.peersupport.outreach.campaign.SupporterCapacity;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.outreachcase.CaseStatus;
import org.peersupport.outreach.outreachcase.OutreachCaseQueries;
import org.peersupport.outreach.outreachcase.OutreachCaseView;
import org.peersupport.shredding.PersonKeys;
import org.peersupport.testkit.MutableClock;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Campaigns on a real broker and database with the built-in default policy (New York,
 * quiet 21:00-07:00) and a clock the tests move: pace by capacity and per day, opt-out,
 * contact hours, each built-in kind, pause and resume, bad input, facility limits and the
 * privacy of what a campaign is about.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class CampaignIT {

	private static final Duration PATIENCE = Campaigning.PATIENCE;

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	/** 10:00 in New York on Tuesday 1 December 2026. */
	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-01T15:00:00Z"));

	@Autowired
	WebTestClient web;

	@Autowired
	PersonKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clinicians clinicians;

	@Autowired
	SupporterCapacity capacity;

	@Autowired
	OutreachCaseQueries queries;

	WebTestClient admin;

	Campaigning campaigns;

	private String run;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("outreach").forEach((key, value) -> registry.add(key, () -> value));
		String group = "outreach-campaigns-" + UUID.randomUUID();
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
	void setUp() {
		this.campaigns = new Campaigning(this.web, CLOCK, this.keys);
		this.admin = this.campaigns.admin();
		this.run = UUID.randomUUID().toString().substring(0, 8);
		// Every test starts at 10:00 in New York on a later day: inside contact hours.
		CLOCK.advanceToNext(LocalTime.of(10, 0), NEW_YORK);
	}

	@Test
	void aDatedCampaignBeforeBoardExamsOpensAtMostItsDailyPaceAndCompletes() {
		List<String> residents = new ArrayList<>();
		Map<String, StaffDirectoryEntry> people = new LinkedHashMap<>();
		for (int i = 1; i <= 12; i++) {
			residents.add(staff("B-" + i));
			people.put(staff("B-" + i), this.campaigns.person(staff("B-" + i), "RESIDENT", "BOARDS", null));
		}
		OutreachTraffic.sendAll(Events.STAFF_DIRECTORY_ENTRY, people);
		String id = this.campaigns.define(Map.of("name", "Before board exams " + this.run, "kind", "ON_DATE", "cohort",
				Map.of("staffIds", residents), "opensAt", CLOCK.instant().plusSeconds(60).toString(), "pace",
				Map.of("kind", "PER_DAY", "casesPerDay", 5), "invitation",
				Map.of("subject", "Boards are close", "body", "Hi {{name}}, boards are close: a peer is here.")));
		CLOCK.advance(Duration.ofMinutes(2));
		this.campaigns.awaitProgress(id, (p) -> p.opened() == 5 && p.waiting() == 7);
		CLOCK.advance(Duration.ofHours(12));
		this.campaigns.awaitTimersCaughtUp(this.run);
		assertThat(this.campaigns.progress(id).opened()).as("the same day's pace is spent").isEqualTo(5);
		CLOCK.advance(Duration.ofHours(12));
		this.campaigns.awaitProgress(id, (p) -> p.opened() == 10);
		CLOCK.advance(Duration.ofDays(1));
		this.campaigns.awaitProgress(id, (p) -> p.opened() == 12 && p.waiting() == 0);
		await().atMost(PATIENCE).until(() -> "COMPLETED".equals(this.campaigns.campaign(id).get("status")));
		assertThat(Campaigning.awaitDues(this.run, residents, 12)).extracting(OutreachDue::staffId)
			.doesNotHaveDuplicates();

		// The campaign's own wording, for every channel.
		OutreachCaseView outreachCase = this.queries.forClinician(residents.get(0)).get(0);
		assertThat(outreachCase.source()).isEqualTo(CaseSource.CAMPAIGN);
		this.admin.get()
			.uri("/api/v1/cases/{id}/invitation?channel=SMS", outreachCase.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.subject")
			.isEqualTo("Boards are close")
			.jsonPath("$.body")
			.isEqualTo("Hi Name " + residents.get(0) + ", boards are close: a peer is here.");
		this.campaigns.act(id, "pause").expectStatus().isEqualTo(409);
	}

	@Test
	void anOptedOutMemberIsCountedAndNeverContacted() {
		String optedOut = staff("O-1");
		String member = staff("O-2");
		this.campaigns.as(TestIdentity.get().clinician(optedOut))
			.put()
			.uri("/api/v1/clinicians/{id}/preferences", optedOut)
			.bodyValue(Map.of("channel", "EMAIL", "optedOut", true))
			.exchange()
			.expectStatus()
			.isOk();
		String id = this.campaigns.define(Map.of("name", "Opt-out " + this.run, "kind", "ON_DATE", "cohort",
				Map.of("staffIds", List.of(optedOut, member)), "opensAt", CLOCK.instant().toString(), "pace",
				Map.of("kind", "PER_DAY", "casesPerDay", 10)));
		this.campaigns.awaitProgress(id, (p) -> p.opened() == 1 && p.optedOut() == 1);
		assertThat(Campaigning.awaitDues(this.run, List.of(optedOut, member), 1)).extracting(OutreachDue::staffId)
			.containsExactly(member);
		OutreachClosed closed = await().atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_CLOSED, optedOut), (r) -> r.size() == 1)
			.stream()
			.map((r) -> OutreachTraffic.data(r, Events.OUTREACH_CLOSED))
			.findFirst()
			.orElseThrow();
		assertThat(closed.reason()).isEqualTo(CloseReason.OPTED_OUT);
		assertThat(closed.source()).isEqualTo(CaseSource.CAMPAIGN);
	}

	@Test
	void aCampaignOpensDuringQuietHoursButContactsOnlyWhenTheRulesAllow() {
		String anyTime = staff("Q-1");
		String afternoons = staff("Q-2");
		this.campaigns.as(TestIdentity.get().clinician(afternoons))
			.put()
			.uri("/api/v1/clinicians/{id}/preferences", afternoons)
			.bodyValue(Map.of("channel", "EMAIL", "optedOut", false, "contactWindow",
					Map.of("from", "13:00", "until", "17:00")))
			.exchange()
			.expectStatus()
			.isOk();
		Instant night = CLOCK.instant().atZone(NEW_YORK).with(LocalTime.of(22, 0)).toInstant();
		String id = this.campaigns.define(Map.of("name", "Night opening " + this.run, "kind", "ON_DATE", "cohort",
				Map.of("staffIds", List.of(anyTime, afternoons)), "opensAt", night.toString(), "pace",
				Map.of("kind", "PER_DAY", "casesPerDay", 10)));
		CLOCK.advanceTo(night.plusSeconds(60));
		this.campaigns.awaitProgress(id, (p) -> p.opened() == 2);
		await().pollDelay(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> true);
		assertThat(Campaigning.dues(this.run, List.of(anyTime, afternoons))).as("nobody is contacted at night")
			.isEmpty();
		assertThat(this.queries.forClinician(anyTime).get(0).dueAt().atZone(NEW_YORK).toLocalTime())
			.isEqualTo(LocalTime.of(7, 0));

		CLOCK.advanceToNext(LocalTime.of(7, 1), NEW_YORK);
		await().atMost(PATIENCE).until(() -> Campaigning.dues(this.run, List.of(anyTime, afternoons)).size() == 1);
		assertThat(Campaigning.dues(this.run, List.of(anyTime, afternoons))).extracting(OutreachDue::staffId)
			.containsExactly(anyTime);
		CLOCK.advanceToNext(LocalTime.of(13, 1), NEW_YORK);
		await().atMost(PATIENCE).until(() -> Campaigning.dues(this.run, List.of(anyTime, afternoons)).size() == 2);
	}

	@Test
	void aStartOfResidencyCampaignReachesEachResidentAfterTheirStartAndPicksUpNewcomers() {
		LocalDate today = CLOCK.instant().atZone(NEW_YORK).toLocalDate();
		String department = "PGY1-" + this.run;
		String started = staff("S-1");
		String startsToday = staff("S-2");
		String longAgo = staff("S-3");
		String newcomer = staff("S-4");
		OutreachTraffic.sendAll(Events.STAFF_DIRECTORY_ENTRY,
				Map.of(started, this.campaigns.person(started, "RESIDENT", department, today.minusDays(10)),
						startsToday, this.campaigns.person(startsToday, "RESIDENT", department, today), longAgo,
						this.campaigns.person(longAgo, "RESIDENT", department, today.minusYears(3))));
		await().atMost(PATIENCE)
			.until(() -> this.clinicians.profiles((p) -> department.equals(p.department())).size() == 3);
		String id = this.campaigns.define(Map.of("name", "First month " + this.run, "kind", "TRAINING_START", "cohort",
				Map.of("roles", List.of("resident"), "departments", List.of(department)), "offset", "P30D", "opensAt",
				CLOCK.instant().toString(), "pace", Map.of("kind", "PER_DAY", "casesPerDay", 50)));
		this.campaigns.awaitProgress(id, (p) -> p.members() == 2 && p.waiting() == 2);

		OutreachTraffic.send(Events.STAFF_DIRECTORY_ENTRY, newcomer, newcomer,
				this.campaigns.person(newcomer, "RESIDENT", department, today.plusDays(5)));
		CLOCK.advance(Duration.ofDays(20).plusMinutes(1));
		this.campaigns.awaitProgress(id, (p) -> p.opened() == 1 && p.members() == 3);
		assertThat(Campaigning.awaitDues(this.run, List.of(started, startsToday, newcomer), 1))
			.extracting(OutreachDue::staffId)
			.containsExactly(started);
		CLOCK.advance(Duration.ofDays(10));
		this.campaigns.awaitProgress(id, (p) -> p.opened() == 2);
		CLOCK.advance(Duration.ofDays(5));
		this.campaigns.awaitProgress(id, (p) -> p.opened() == 3 && p.waiting() == 0);
		assertThat(this.campaigns.progress(id).members()).as("three years in, nobody is new").isEqualTo(3);
		assertThat(this.queries.forClinician(longAgo)).isEmpty();
		this.campaigns.act(id, "pause").expectStatus().isOk();
	}

	@Test
	void aTraineesFirstPatientDeathBringsACheckInAWeekLater() {
		String resident = staff("D-1");
		String intern = staff("D-2");
		String attending = staff("D-3");
		String witness = staff("D-4");
		OutreachTraffic.sendAll(Events.STAFF_DIRECTORY_ENTRY,
				Map.of(resident, this.campaigns.person(resident, "Resident", "ICU", null), intern,
						this.campaigns.person(intern, "INTERN", "ICU", null), attending,
						this.campaigns.person(attending, "ATTENDING", "ICU", null), witness,
						this.campaigns.person(witness, "RESIDENT", "ICU", null)));
		await().atMost(PATIENCE).until(() -> this.clinicians.profile(witness).isPresent());
		String id = this.campaigns
			.define(Map.of("name", "After a first death " + this.run, "kind", "FIRST_PATIENT_DEATH", "offset", "P7D",
					"opensAt", CLOCK.instant().toString(), "pace", Map.of("kind", "PER_DAY", "casesPerDay", 10)));
		death(Map.of(resident, InvolvementRole.PRIMARY, intern, InvolvementRole.PRIMARY, attending,
				InvolvementRole.PRIMARY, witness, InvolvementRole.WITNESS));
		this.campaigns.awaitProgress(id, (p) -> p.members() == 2 && p.waiting() == 2);

		// The incident's own cases came first: the resident's is over, the intern's is
		// still with their supporter.
		OutreachCaseView residentCase = awaitCase(resident, (c) -> c.status() == CaseStatus.SCHEDULED);
		assertThat(residentCase.source()).isEqualTo(CaseSource.INCIDENT);
		this.campaigns.checkin(residentCase.id(), resident, ContactOutcome.DECLINED);
		OutreachCaseView internCase = awaitCase(intern, (c) -> c.status() == CaseStatus.SCHEDULED);
		OutreachTraffic.send(Events.ASSIGNMENT_ACCEPTED, intern, internCase.id(),
				new AssignmentAccepted(UUID.randomUUID().toString(), internCase.id(), intern, "P-1", CLOCK.instant()));
		awaitCase(intern, (c) -> c.status() == CaseStatus.ACCEPTED);
		awaitCase(resident, (c) -> c.status() == CaseStatus.CLOSED);

		CLOCK.advance(Duration.ofDays(7).plusMinutes(1));
		this.campaigns.awaitProgress(id, (p) -> p.opened() == 1 && p.joined() == 1);
		assertThat(this.queries.forClinician(resident).get(0).source()).isEqualTo(CaseSource.CAMPAIGN);
		assertThat(this.queries.forClinician(intern)).singleElement()
			.satisfies(
					(c) -> assertThat(c.source()).as("a joined case keeps its source").isEqualTo(CaseSource.INCIDENT));

		// A second death is not a first: nobody is enrolled again.
		String second = death(Map.of(resident, InvolvementRole.PRIMARY));
		// The second death was handled (its case event is recorded in the same
		// transaction as any enrolment), and enrolled nobody.
		await().atMost(PATIENCE)
			.until(() -> this.jdbc.queryForObject("SELECT count(*) FROM case_event WHERE event_id = ?", Integer.class,
					second) == 1);
		assertThat(this.campaigns.progress(id).members()).isEqualTo(2);
	}

	@Test
	void aClaimBringsEveryoneInvolvedACheckInAfterTheClaim() {
		String first = staff("L-1");
		String second = staff("L-2");
		String bystander = staff("L-3");
		String eventId = OutreachTraffic.report(CLOCK.instant(), HarmLevel.MODERATE, EventCategory.SURGICAL, "MAIN",
				first, second);
		OutreachTraffic.report(CLOCK.instant(), HarmLevel.MODERATE, EventCategory.SURGICAL, "MAIN", bystander);
		for (String staffId : List.of(first, second)) {
			this.campaigns.checkin(awaitCase(staffId, (c) -> c.status() == CaseStatus.SCHEDULED).id(), staffId,
					ContactOutcome.DECLINED);
			awaitCase(staffId, (c) -> c.status() == CaseStatus.CLOSED);
		}
		String id = this.campaigns.define(Map.of("name", "After a claim " + this.run, "kind", "CLAIM_FILED", "offset",
				"P14D", "opensAt", CLOCK.instant().toString(), "pace", Map.of("kind", "PER_DAY", "casesPerDay", 10)));
		// Two claims, and the broker delivering the first one's very envelope again.
		for (int i = 0; i < 2; i++) {
			IncidentMilestone claim = new IncidentMilestone(UUID.randomUUID().toString(), eventId,
					MilestoneKind.CLAIM_FILED, CLOCK.instant(), CLOCK.instant());
			if (i == 0) {
				OutreachTraffic.sendRedelivered(Events.INCIDENT_MILESTONE, eventId, eventId, claim);
			}
			else {
				OutreachTraffic.send(Events.INCIDENT_MILESTONE, eventId, eventId, claim);
			}
		}
		this.campaigns.awaitProgress(id, (p) -> p.members() == 2 && p.waiting() == 2);

		// The milestone's own follow-up reopened their cases; answered, they close.
		for (String staffId : List.of(first, second)) {
			OutreachCaseView reopened = awaitCase(staffId, (c) -> c.status() != CaseStatus.CLOSED);
			this.campaigns.checkin(reopened.id(), staffId, ContactOutcome.DECLINED);
			awaitCase(staffId, (c) -> c.status() == CaseStatus.CLOSED);
		}
		CLOCK.advance(Duration.ofDays(14).plusMinutes(1));
		this.campaigns.awaitProgress(id, (p) -> p.opened() == 2 && p.waiting() == 0);
		assertThat(await().atMost(PATIENCE)
			.until(() -> Campaigning.dues(this.run, List.of(first, second, bystander))
				.stream()
				.filter((d) -> d.source() == CaseSource.CAMPAIGN)
				.toList(), (dues) -> dues.size() == 2))
			.extracting(OutreachDue::staffId)
			.containsExactlyInAnyOrder(first, second);
	}

	@Test
	void aFacilitysTriggeredCampaignHearsOnlyOfItsOwnFacilitysEventsAndCases() {
		String east = "EAST-" + this.run;
		String west = "WEST-" + this.run;
		String eastTrainee = staff("E-1");
		String westTrainee = staff("W-1");
		OutreachTraffic.sendAll(Events.STAFF_DIRECTORY_ENTRY,
				Map.of(eastTrainee, this.campaigns.person(eastTrainee, "RESIDENT", "ICU", null), westTrainee,
						this.campaigns.person(westTrainee, "RESIDENT", "ICU", null)));
		await().atMost(PATIENCE)
			.until(() -> this.clinicians.profile(eastTrainee).isPresent()
					&& this.clinicians.profile(westTrainee).isPresent());
		String deaths = this.campaigns.define(Map.of("name", "East deaths " + this.run, "facility", east, "kind",
				"FIRST_PATIENT_DEATH", "offset", "P7D", "opensAt", CLOCK.instant().toString(), "pace",
				Map.of("kind", "PER_DAY", "casesPerDay", 10)));
		String claims = this.campaigns
			.define(Map.of("name", "East claims " + this.run, "facility", east, "kind", "CLAIM_FILED", "offset", "P7D",
					"opensAt", CLOCK.instant().toString(), "pace", Map.of("kind", "PER_DAY", "casesPerDay", 10)));

		// West's death first, then East's: once East's trainee is a member, West's event
		// was handled too, and named nobody.
		death(west, Map.of(westTrainee, InvolvementRole.PRIMARY));
		awaitCase(westTrainee, (c) -> true);
		death(east, Map.of(eastTrainee, InvolvementRole.PRIMARY));
		this.campaigns.awaitProgress(deaths, (p) -> p.members() == 1);
		assertThat(members(deaths)).containsExactly(eastTrainee);

		// A claim about West's incident: its people's cases are West's.
		String westStaff = staff("W-2");
		String eastStaff = staff("E-2");
		String westEvent = OutreachTraffic.report(CLOCK.instant(), HarmLevel.MODERATE, EventCategory.SURGICAL, west,
				westStaff);
		String eastEvent = OutreachTraffic.report(CLOCK.instant(), HarmLevel.MODERATE, EventCategory.SURGICAL, east,
				eastStaff);
		awaitCase(westStaff, (c) -> true);
		awaitCase(eastStaff, (c) -> true);
		// One key for both claims: one partition, so West's is handled before East's.
		for (String eventId : List.of(westEvent, eastEvent)) {
			OutreachTraffic.send(Events.INCIDENT_MILESTONE, westEvent, eventId,
					new IncidentMilestone(UUID.randomUUID().toString(), eventId, MilestoneKind.CLAIM_FILED,
							CLOCK.instant(), CLOCK.instant()));
		}
		this.campaigns.awaitProgress(claims, (p) -> p.members() == 1);
		assertThat(members(claims)).containsExactly(eastStaff);
		this.campaigns.act(deaths, "pause").expectStatus().isOk();
		this.campaigns.act(claims, "pause").expectStatus().isOk();
	}

	@Test
	void anIncidentNeverWaitsForACampaignThatIsTicking() throws Exception {
		String trainee = staff("K-1");
		OutreachTraffic.send(Events.STAFF_DIRECTORY_ENTRY, trainee, trainee,
				this.campaigns.person(trainee, "RESIDENT", "ICU", null));
		await().atMost(PATIENCE).until(() -> this.clinicians.profile(trainee).isPresent());
		String facility = "TICK-" + this.run;
		String id = this.campaigns.define(Map.of("name", "Ticking " + this.run, "facility", facility, "kind",
				"FIRST_PATIENT_DEATH", "offset", "P7D", "opensAt", CLOCK.instant().toString(), "pace",
				Map.of("kind", "PER_DAY", "casesPerDay", 10)));
		// Hold the campaign the way a tick does, then a death names the trainee: a tick
		// goes on to lock clinicians, so the event, holding them, must not wait for it.
		try (Connection tick = this.dataSource.getConnection()) {
			tick.setAutoCommit(false);
			try (var lock = tick.prepareStatement("SELECT id FROM campaign WHERE id = ?::uuid FOR NO KEY UPDATE")) {
				lock.setString(1, id);
				lock.executeQuery().close();
			}
			death(facility, Map.of(trainee, InvolvementRole.PRIMARY));
			OutreachCaseView incident = awaitCase(trainee, (c) -> true);
			assertThat(incident.source()).isEqualTo(CaseSource.INCIDENT);
			assertThat(members(id)).containsExactly(trainee);
			tick.rollback();
		}
		// Its next tick (at least daily) opens the check-in when it is due.
		this.campaigns.awaitProgress(id, (p) -> p.members() == 1 && p.waiting() == 1);
		assertThat(this.campaigns.campaign(id).get("nextTickAt")).isNotNull();
		this.campaigns.act(id, "pause").expectStatus().isOk();
	}

	private List<String> members(String campaignId) {
		return this.jdbc.queryForList("SELECT staff_id FROM campaign_member WHERE campaign_id = ?::uuid", String.class,
				campaignId);
	}

	@Test
	void badInputOnEveryCampaignRouteIsAProblemNamingTheField() {
		String canary = "CANARY-CAMPAIGN-" + this.run;
		Map<String, Object> bad = new HashMap<>();
		bad.put("name", "<script>" + canary);
		bad.put("kind", "SOMETIMES");
		bad.put("opensAt", "tomorrow");
		bad.put("pace", Map.of("kind", "PER_DAY", "casesPerDay", 0));
		bad.put("cohort", Map.of("roles", List.of("a b"), "startedFrom", "2026-02-01", "startedUntil", "2026-01-01"));
		bad.put("invitation", Map.of("subject", "", "body", "{{{name}}} " + canary));
		bad.put("notes", canary);
		List<String> fields = this.admin.post()
			.uri("/api/v1/campaigns")
			.bodyValue(bad)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.entrySet()
			.stream()
			.filter((e) -> e.getKey().equals("errors"))
			.flatMap((e) -> ((List<?>) e.getValue()).stream())
			.map((error) -> String.valueOf(((Map<?, ?>) error).get("field")))
			.toList();
		assertThat(fields).contains("name", "kind", "opensAt", "pace.casesPerDay", "cohort.roles[0]",
				"cohort.startedUntil", "invitation.subject", "invitation.body", "notes");
		this.admin.post()
			.uri("/api/v1/campaigns")
			.bodyValue(Map.of("name", "Offset on a date", "kind", "ON_DATE", "offset", "P1D", "opensAt",
					CLOCK.instant().toString(), "pace", Map.of("kind", "CAPACITY")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((List<String> f) -> assertThat(f).containsExactlyInAnyOrder("offset", "cohort"));
		this.admin.post()
			.uri("/api/v1/campaigns")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("[1]")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("body");
		for (String uri : List.of("/api/v1/campaigns/not-a-campaign", "/api/v1/campaigns/not-a-campaign/pause",
				"/api/v1/campaigns/not-a-campaign/resume")) {
			(uri.endsWith("campaign") ? this.admin.get().uri(uri) : this.admin.post().uri(uri)).exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("campaignId");
		}
		this.admin.post()
			.uri("/api/v1/campaigns/{id}/pause", UUID.randomUUID())
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		// Nothing of a refused definition is kept, anywhere.
		assertThat(everyRowOfEveryTable()).noneMatch((row) -> row.contains(canary));
	}

	@Test
	void whatACampaignIsAboutNeverReachesTheClinicianNorLeavesOutreach() {
		String member = staff("C-1");
		String canary = "CANARY-CAMPAIGN-" + this.run;
		String id = this.campaigns
			.define(Map.of("name", canary, "kind", "ON_DATE", "cohort", Map.of("staffIds", List.of(member)), "opensAt",
					CLOCK.instant().toString(), "pace", Map.of("kind", "PER_DAY", "casesPerDay", 1)));
		this.campaigns.awaitProgress(id, (p) -> p.opened() == 1);
		Campaigning.awaitDues(this.run, List.of(member), 1);
		String own = this.campaigns.as(TestIdentity.get().clinician(member))
			.get()
			.uri("/api/v1/cases")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(own).contains("status").doesNotContain(canary).doesNotContain(id).doesNotContain("CAMPAIGN");
		String invitation = this.admin.get()
			.uri("/api/v1/cases/{id}/invitation?channel=EMAIL", this.queries.forClinician(member).get(0).id())
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(invitation).doesNotContain(canary).contains("as routine");
		for (String topic : Topics.all()) {
			assertThat(OutreachTraffic.published(topic, canary)).as(topic).isEmpty();
		}
	}

	@Test
	void anAdministratorRunsOnlyTheirFacilitiesCampaigns() {
		WebTestClient north = this.campaigns.as(TestIdentity.get().administrator("NORTH-" + this.run));
		Map<String, Object> southCampaign = Map.of("name", "South " + this.run, "facility", "SOUTH-" + this.run, "kind",
				"ON_DATE", "cohort", Map.of("staffIds", List.of(staff("F-1"))), "opensAt",
				CLOCK.instant().plus(Duration.ofDays(30)).toString(), "pace", Map.of("kind", "CAPACITY"));
		north.post().uri("/api/v1/campaigns").bodyValue(southCampaign).exchange().expectStatus().isForbidden();
		Map<String, Object> programWide = new HashMap<>(southCampaign);
		programWide.remove("facility");
		north.post().uri("/api/v1/campaigns").bodyValue(programWide).exchange().expectStatus().isForbidden();
		String south = this.campaigns.define(southCampaign);
		north.get().uri("/api/v1/campaigns/{id}", south).exchange().expectStatus().isNotFound();
		north.post().uri("/api/v1/campaigns/{id}/pause", south).exchange().expectStatus().isNotFound();
		assertThat(north.get()
			.uri("/api/v1/campaigns")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).doesNotContain(south);
		this.campaigns.as(TestIdentity.get().administrator("SOUTH-" + this.run))
			.get()
			.uri("/api/v1/campaigns/{id}", south)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.createdBy")
			.isNotEmpty()
			.jsonPath("$.progress.members")
			.isEqualTo(0);
		this.campaigns.as(TestIdentity.get().clinician(staff("F-1")))
			.get()
			.uri("/api/v1/campaigns")
			.exchange()
			.expectStatus()
			.isForbidden();
		this.admin.post().uri("/api/v1/campaigns/{id}/pause", south).exchange().expectStatus().isOk();
	}

	private String staff(String name) {
		return name + "-" + this.run;
	}

	private String death(Map<String, InvolvementRole> involved) {
		return death("MAIN", involved);
	}

	private String death(String facility, Map<String, InvolvementRole> involved) {
		String eventId = UUID.randomUUID().toString();
		List<InvolvedClinician> people = involved.entrySet()
			.stream()
			.map((e) -> new InvolvedClinician(e.getKey(), e.getValue()))
			.toList();
		OutreachTraffic.send(Events.ADVERSE_EVENT_REPORTED, eventId, eventId,
				new AdverseEventReported(eventId, CLOCK.instant().minusSeconds(600), null, CLOCK.instant(),
						HarmLevel.DEATH, Actuality.ACTUAL, EventCategory.PATIENT_DEATH, facility, "ICU", people));
		return eventId;
	}

	private OutreachCaseView awaitCase(String staffId, Predicate<OutreachCaseView> condition) {
		return await().atMost(PATIENCE).until(() -> {
			List<OutreachCaseView> cases = this.queries.forClinician(staffId);
			return cases.isEmpty() ? null : cases.get(0);
		}, (c) -> c != null && condition.test(c));
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

}
