package org.peersupport.outreach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.events.Actuality;
import org.peersupport.contracts.events.AssignmentAccepted;
import org.peersupport.contracts.events.AssignmentExpired;
import org.peersupport.contracts.events.AssignmentOffered;
import org.peersupport.contracts.events.AssignmentUnmatched;
import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.contracts.events.EscalationReasons;
import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.FollowUpDue;
import org.peersupport.contracts.events.FollowUpTrigger;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.IncidentMilestone;
import org.peersupport.contracts.events.MilestoneKind;
import org.peersupport.contracts.events.OutreachClosed;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.contracts.events.OutreachEscalated;
import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.contracts.events.UnmatchedReason;
import org.peersupport.outreach.clinician.Channel;
import org.peersupport.outreach.clinician.ClinicianPreferences;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.clinician.Shift;
import org.peersupport.outreach.optout.PreferenceChanges;
import org.peersupport.outreach.outreachcase.CaseStatus;
import org.peersupport.outreach.outreachcase.OutreachCaseQueries;
import org.peersupport.outreach.outreachcase.OutreachCaseView;
import org.peersupport.outreach.policy.PolicyReader;
import org.peersupport.shredding.PersonKeys;
import org.peersupport.testkit.MutableClock;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The outreach lifecycle on a real broker and database with the built-in default policy
 * (New York, quiet 21:00-07:00) and a clock the tests move: due times, escalations,
 * opt-out, scope, follow-ups, milestones, team debriefs and invitations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class OutreachLifecycleIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	/** 22:00 in New York on Wednesday 18 November 2026: quiet hours. */
	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-19T03:00:00Z"));

	@Autowired
	OutreachCaseQueries queries;

	@Autowired
	PreferenceChanges preferences;

	@Autowired
	Clinicians clinicians;

	@Autowired
	PersonKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WebTestClient web;

	/** The program's administrator, with no facility limit. */
	WebTestClient admin;

	/**
	 * Tells this test's staff from every earlier run's: a rerun of a failed test, in the
	 * same database and broker, meets none of the first try's cases.
	 */
	private static String run;

	@BeforeEach
	void signIn() {
		this.admin = as(TestIdentity.get().administrator());
		run = UUID.randomUUID().toString().substring(0, 8);
	}

	/** A staff id of this run. */
	private static String staff(String name) {
		return name + "-" + run;
	}

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("outreach").forEach((key, value) -> registry.add(key, () -> value));
		String group = "outreach-lifecycle-" + UUID.randomUUID();
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

	@Test
	void aPolicyChangeIsValidatedAndAuditedAndAnInvalidOneKeepsTheOldPolicy() throws Exception {
		this.admin.get()
			.uri("/api/v1/policy?facility=AUDITED")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.inherited")
			.isEqualTo(true)
			.jsonPath("$.policy.windows.byHarm[1].within")
			.isEqualTo("PT24H");
		var policy = PolicyReaderTestsAccess.defaultTree();
		policy.put("teamDebriefThreshold", 6);
		putPolicy("AUDITED", "admin-1", policy.toString()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(1);

		var overlapping = PolicyReaderTestsAccess.defaultTree();
		((tools.jackson.databind.node.ArrayNode) overlapping.get("windows").get("byHarm").get(2).get("harm"))
			.add("DEATH");
		((tools.jackson.databind.node.ArrayNode) overlapping.get("followUps")).add("-P1D");
		putPolicy("AUDITED", "admin-2", overlapping.toString()).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[?(@.field=='windows.byHarm[2].harm[2]')].reason")
			.isEqualTo("DEATH overlaps windows.byHarm[0]: each level has one window")
			.jsonPath("$.errors[?(@.field=='followUps[2]')].reason")
			.isEqualTo("must not be negative");
		// Nobody changes a policy anonymously, nor one of a facility they do not run, nor
		// the default every facility inherits when they run only some.
		putPolicy("AUDITED", null, policy.toString()).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		as(TestIdentity.get().administrator("MAIN")).put()
			.uri("/api/v1/policy?facility=AUDITED")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(policy.toString())
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		as(TestIdentity.get().administrator("AUDITED")).get()
			.uri("/api/v1/policy")
			.exchange()
			.expectStatus()
			.isForbidden();

		this.admin.get()
			.uri("/api/v1/policy?facility=AUDITED")
			.exchange()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(1)
			.jsonPath("$.inherited")
			.isEqualTo(false)
			.jsonPath("$.policy.teamDebriefThreshold")
			.isEqualTo(6);
		as(TestIdentity.get().administrator("AUDITED")).get()
			.uri("/api/v1/policy/audit?facility=AUDITED")
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].actor")
			.isEqualTo("admin-1")
			.jsonPath("$[0].before")
			.doesNotExist()
			.jsonPath("$[0].after.teamDebriefThreshold")
			.isEqualTo(6);
	}

	@Test
	void aModerateReportInQuietHoursIsOfferedAtSevenThenWarnedEscalatedAndExpired() {
		Instant evening = CLOCK.advanceToNext(LocalTime.of(22, 0), NEW_YORK);
		OutreachTraffic.report(evening, HarmLevel.MODERATE, null, "MAIN", staff("Q-1"));
		OutreachCaseView scheduled = awaitCase(staff("Q-1"), (c) -> true);
		assertThat(scheduled.status()).isEqualTo(CaseStatus.SCHEDULED);
		assertThat(scheduled.dueAt().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(7, 0));
		assertThat(scheduled.windowEndsAt()).isEqualTo(evening.plus(Duration.ofHours(24)));
		assertThat(OutreachTraffic.published(Topics.OUTREACH_DUE, scheduled.id())).isEmpty();

		CLOCK.advanceTo(scheduled.dueAt());
		ConsumerRecord<String, String> due = await().atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_DUE, scheduled.id()), (r) -> r.size() == 1)
			.get(0);
		OutreachDue offer = OutreachTraffic.data(due, Events.OUTREACH_DUE);
		assertThat(offer.respondBy()).isEqualTo(scheduled.windowEndsAt());
		assertThat(offer.dueAt()).isEqualTo(scheduled.dueAt());

		CLOCK.advanceTo(scheduled.windowEndsAt().minus(Duration.ofMinutes(59)));
		awaitEscalation(scheduled.id(), EscalationReasons.WINDOW_AT_RISK);
		assertThat(worklist()).filteredOn((c) -> c.id().equals(scheduled.id()))
			.singleElement()
			.satisfies((c) -> assertThat(c.escalations()).containsExactly(EscalationReasons.WINDOW_AT_RISK));

		CLOCK.advanceTo(scheduled.windowEndsAt());
		awaitEscalation(scheduled.id(), EscalationReasons.WINDOW_MISSED);
		assertThat(worklist()).filteredOn((c) -> c.id().equals(scheduled.id()))
			.singleElement()
			.satisfies((c) -> assertThat(c.escalations()).containsExactly(EscalationReasons.WINDOW_AT_RISK,
					EscalationReasons.WINDOW_MISSED));

		CLOCK.advanceTo(scheduled.windowEndsAt().plus(Duration.ofDays(3)));
		assertThat(awaitClosed(scheduled.id()).reason()).isEqualTo(CloseReason.EXPIRED);
		assertThat(worklist()).extracting(OutreachCaseView::id).doesNotContain(scheduled.id());
	}

	/**
	 * One urgency rule when the case opens and when its offer-due timer fires: a near
	 * miss harmed nobody, so a night shift reported after its case was planned still
	 * defers it, while an actual severe event is offered at once despite quiet hours and
	 * rest.
	 */
	@Test
	void aSevereNearMissWaitsForContactHoursWhenItsTimerFiresButAnActualSevereEventDoesNot() {
		Instant evening = CLOCK.advanceToNext(LocalTime.of(22, 0), NEW_YORK);
		this.clinicians.saveShift(new Shift(staff("SEV-1"), evening.minus(Duration.ofMinutes(30)), true));
		OutreachTraffic.report(evening, HarmLevel.SEVERE, Actuality.NEAR_MISS, null, "MAIN", staff("NM-1"));
		OutreachTraffic.report(evening, HarmLevel.SEVERE, null, "MAIN", staff("SEV-1"));
		OutreachCaseView actual = awaitCase(staff("SEV-1"), (c) -> true);
		assertThat(actual.dueAt()).isEqualTo(evening);
		await().atMost(PATIENCE).until(() -> !OutreachTraffic.published(Topics.OUTREACH_DUE, actual.id()).isEmpty());
		OutreachCaseView nearMiss = awaitCase(staff("NM-1"), (c) -> true);
		assertThat(nearMiss.status()).isEqualTo(CaseStatus.SCHEDULED);
		assertThat(nearMiss.dueAt().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(7, 0));

		Instant shiftEnd = CLOCK.advanceTo(nearMiss.dueAt().minus(Duration.ofHours(1)));
		this.clinicians.saveShift(new Shift(staff("NM-1"), shiftEnd, true));
		CLOCK.advanceTo(nearMiss.dueAt());
		Instant rested = shiftEnd.plus(Duration.ofHours(10));
		awaitCase(staff("NM-1"), (c) -> c.dueAt().equals(rested));
		assertThat(OutreachTraffic.published(Topics.OUTREACH_DUE, nearMiss.id())).isEmpty();

		CLOCK.advanceTo(rested);
		ConsumerRecord<String, String> due = await().atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_DUE, nearMiss.id()), (r) -> r.size() == 1)
			.get(0);
		assertThat(OutreachTraffic.data(due, Events.OUTREACH_DUE).dueAt()).isEqualTo(rested);
	}

	@Test
	void anAcceptedCaseIsNeverEscalatedForItsWindow() {
		CLOCK.advanceToNext(LocalTime.of(10, 0), NEW_YORK);
		OutreachTraffic.report(CLOCK.instant(), HarmLevel.MILD, null, "MAIN", staff("ACC-1"));
		OutreachCaseView open = awaitCase(staff("ACC-1"), (c) -> c.dueAt() != null);
		OutreachTraffic.send(Events.ASSIGNMENT_ACCEPTED, staff("ACC-1"), open.id(), new AssignmentAccepted(
				UUID.randomUUID().toString(), open.id(), staff("ACC-1"), "P-9", CLOCK.instant()));
		awaitCase(staff("ACC-1"), (c) -> c.status() == CaseStatus.ACCEPTED);
		CLOCK.advanceTo(open.windowEndsAt().plus(Duration.ofMinutes(1)));
		await().during(Duration.ofSeconds(1))
			.atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_ESCALATED, open.id()).isEmpty());
	}

	@Test
	void threeEventsCoalesceIntoOneCaseWhoseDueTimeOnlyMovesEarlier() {
		Instant evening = CLOCK.advanceToNext(LocalTime.of(22, 30), NEW_YORK);
		OutreachTraffic.report(evening, HarmLevel.MILD, null, "MAIN", staff("CO-1"));
		OutreachCaseView first = awaitCase(staff("CO-1"), (c) -> c.eventIds().size() == 1);
		OutreachTraffic.report(evening, HarmLevel.MODERATE, null, "MAIN", staff("CO-1"));
		OutreachCaseView second = awaitCase(staff("CO-1"), (c) -> c.eventIds().size() == 2);
		assertThat(second.dueAt()).isEqualTo(first.dueAt());
		assertThat(second.windowEndsAt()).isBefore(first.windowEndsAt());
		OutreachTraffic.report(evening, HarmLevel.SEVERE, EventCategory.RESUSCITATION, "MAIN", staff("CO-1"));
		OutreachCaseView third = awaitCase(staff("CO-1"), (c) -> c.eventIds().size() == 3);
		assertThat(third.dueAt()).isEqualTo(evening);
		assertThat(third.windowEndsAt()).isEqualTo(evening.plus(Duration.ofHours(2)));
		assertThat(this.queries.forClinician(staff("CO-1"))).hasSize(1);
		await().atMost(PATIENCE).until(() -> !OutreachTraffic.published(Topics.OUTREACH_DUE, third.id()).isEmpty());
		OutreachTraffic.report(evening, HarmLevel.NO_HARM, null, "MAIN", staff("CO-1"));
		OutreachCaseView fourth = awaitCase(staff("CO-1"), (c) -> c.eventIds().size() == 4);
		assertThat(fourth.dueAt()).isEqualTo(third.dueAt());
		assertThat(fourth.windowEndsAt()).isEqualTo(third.windowEndsAt());
	}

	@Test
	void optOutClosesTheOpenCaseAtOnceAndOnlyTheClinicianReversesIt() {
		CLOCK.advanceToNext(LocalTime.of(23, 0), NEW_YORK);
		OutreachTraffic.report(CLOCK.instant(), HarmLevel.MODERATE, null, "MAIN", staff("OO-1"));
		OutreachCaseView open = awaitCase(staff("OO-1"), (c) -> true);
		putPreferences(staff("OO-1"), staff("OO-1"), true).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.optedOut")
			.isEqualTo(true);
		assertThat(awaitClosed(open.id()).reason()).isEqualTo(CloseReason.OPTED_OUT);
		CLOCK.advanceTo(open.dueAt().plus(Duration.ofMinutes(5)));
		OutreachTraffic.report(CLOCK.instant(), HarmLevel.SEVERE, null, "MAIN", staff("OO-1"));
		await().atMost(PATIENCE).until(() -> this.queries.forClinician(staff("OO-1")).size() == 2);
		OutreachCaseView later = this.queries.forClinician(staff("OO-1")).get(0);
		assertThat(later.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(later.closeReason()).isEqualTo(CloseReason.OPTED_OUT);
		await().during(Duration.ofSeconds(1))
			.atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_DUE, "\"" + staff("OO-1") + "\"").isEmpty());

		// Only the clinician reverses it: the actor is the token's staff id, and nobody
		// else (another clinician, the program's administrator) may change it.
		putPreferences(staff("OO-1"), "manager-7", false).expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.admin.put()
			.uri("/api/v1/clinicians/{id}/preferences", staff("OO-1"))
			.bodyValue(Map.of("channel", "EMAIL", "optedOut", false))
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThatThrownBy(() -> this.preferences
			.change(new ClinicianPreferences(staff("OO-1"), null, null, null, Channel.EMAIL, false, null), "manager-7"))
			.isInstanceOf(AccessDeniedException.class);
		putPreferences(staff("OO-1"), staff("OO-1"), false).expectStatus().isOk();
		assertThat(this.jdbc.queryForList(
				"SELECT changed_by FROM clinician_preferences_change WHERE staff_id = ? ORDER BY changed_at",
				String.class, staff("OO-1")))
			.containsExactly(staff("OO-1"), staff("OO-1"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM clinician_preferences_change WHERE staff_id = ?",
				Integer.class, staff("OO-1")))
			.isEqualTo(2);
		OutreachTraffic.report(CLOCK.instant(), HarmLevel.SEVERE, null, "MAIN", staff("OO-1"));
		await().atMost(PATIENCE)
			.until(() -> !OutreachTraffic.published(Topics.OUTREACH_DUE, "\"" + staff("OO-1") + "\"").isEmpty());
	}

	@Test
	void anOptOutRacingADueTimerEndsInExactlyOneOutcome() {
		CLOCK.advanceToNext(LocalTime.of(23, 30), NEW_YORK);
		List<String> staff = List.of(staff("RACE-1"), staff("RACE-2"), staff("RACE-3"), staff("RACE-4"),
				staff("RACE-5"), staff("RACE-6"), staff("RACE-7"), staff("RACE-8"));
		for (String staffId : staff) {
			OutreachTraffic.report(CLOCK.instant(), HarmLevel.MODERATE, null, "MAIN", staffId);
		}
		List<OutreachCaseView> cases = staff.stream().map((s) -> awaitCase(s, (c) -> true)).toList();
		CLOCK.advanceTo(cases.get(0).dueAt());
		List<CompletableFuture<?>> optOuts = new ArrayList<>();
		for (String staffId : staff) {
			optOuts.add(CompletableFuture.runAsync(() -> this.preferences
				.change(new ClinicianPreferences(staffId, null, null, null, Channel.EMAIL, true, null), staffId)));
		}
		optOuts.forEach(CompletableFuture::join);
		for (OutreachCaseView outreachCase : cases) {
			ConsumerRecord<String, String> closed = await().atMost(PATIENCE)
				.until(() -> OutreachTraffic.published(Topics.OUTREACH_CLOSED, outreachCase.id()), (r) -> r.size() == 1)
				.get(0);
			assertThat(OutreachTraffic.data(closed, Events.OUTREACH_CLOSED).reason()).isEqualTo(CloseReason.OPTED_OUT);
			List<ConsumerRecord<String, String>> dues = OutreachTraffic.published(Topics.OUTREACH_DUE,
					outreachCase.id());
			assertThat(dues).hasSizeLessThanOrEqualTo(1);
			if (!dues.isEmpty()) {
				// Same key, same partition: the offer went out before the opt-out
				// committed.
				assertThat(dues.get(0).partition()).isEqualTo(closed.partition());
				assertThat(dues.get(0).offset()).isLessThan(closed.offset());
			}
		}
		CLOCK.advance(Duration.ofDays(20));
		await().during(Duration.ofSeconds(1)).atMost(PATIENCE).untilAsserted(() -> {
			for (OutreachCaseView outreachCase : cases) {
				assertThat(OutreachTraffic.published(Topics.OUTREACH_DUE, outreachCase.id())).hasSizeLessThan(2);
				assertThat(OutreachTraffic.published(Topics.OUTREACH_FOLLOW_UP_DUE, outreachCase.id())).isEmpty();
			}
		});
	}

	@Test
	void staffOutsideTheEligibilityScopeAreCountedButNeverContacted() throws Exception {
		var physiciansOnly = PolicyReaderTestsAccess.defaultTree();
		((tools.jackson.databind.node.ObjectNode) physiciansOnly.get("eligibility")).put("scope", "PHYSICIANS_ONLY");
		putPolicy("PHYS", "admin-1", physiciansOnly.toString()).expectStatus().isOk();
		directory(staff("SC-RN"), "Rae Nurse", "RN");
		directory(staff("SC-MD"), "Max Doc", "MD");
		await().atMost(PATIENCE)
			.until(() -> this.clinicians.profile(staff("SC-RN")).isPresent()
					&& this.clinicians.profile(staff("SC-MD")).isPresent());
		OutreachTraffic.report(CLOCK.instant(), HarmLevel.SEVERE, null, "PHYS", staff("SC-RN"), staff("SC-MD"));
		OutreachCaseView nurse = awaitCase(staff("SC-RN"), (c) -> true);
		assertThat(nurse.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(nurse.closeReason()).isEqualTo(CloseReason.OUT_OF_SCOPE);
		assertThat(awaitClosed(nurse.id()).reason()).isEqualTo(CloseReason.OUT_OF_SCOPE);
		OutreachCaseView doctor = awaitCase(staff("SC-MD"), (c) -> true);
		await().atMost(PATIENCE).until(() -> !OutreachTraffic.published(Topics.OUTREACH_DUE, doctor.id()).isEmpty());
		assertThat(OutreachTraffic.published(Topics.OUTREACH_DUE, nurse.id())).isEmpty();
	}

	@Test
	void aReachedClinicianGetsFollowUpsAndAMissedOneIsEscalated() {
		CLOCK.advanceToNext(LocalTime.of(9, 0), NEW_YORK);
		OutreachTraffic.report(CLOCK.instant(), HarmLevel.SEVERE, null, "MAIN", staff("FU-1"));
		OutreachCaseView open = awaitCase(staff("FU-1"), (c) -> true);
		accept(open, staff("FU-1"));
		checkin(open, staff("FU-1"), null, ContactOutcome.REACHED, false);
		await().atMost(PATIENCE)
			.until(() -> this.jdbc.queryForObject("SELECT count(*) FROM follow_up WHERE case_id = ?::uuid",
					Integer.class, open.id()) == 2);

		CLOCK.advance(Duration.ofDays(3).plusHours(2));
		FollowUpDue first = awaitFollowUps(open.id(), 1).get(0);
		assertThat(first.trigger()).isEqualTo(FollowUpTrigger.AFTER_FIRST_CONTACT);
		checkin(open, staff("FU-1"), first.followUpId(), ContactOutcome.REACHED, false);
		await().atMost(PATIENCE)
			.until(() -> "DONE".equals(this.jdbc.queryForObject("SELECT status FROM follow_up WHERE id = ?::uuid",
					String.class, first.followUpId())));

		CLOCK.advance(Duration.ofDays(11));
		FollowUpDue second = awaitFollowUps(open.id(), 2).get(1);
		CLOCK.advanceTo(second.respondBy());
		awaitEscalation(open.id(), EscalationReasons.FOLLOW_UP_MISSED);
		assertThat(worklist()).filteredOn((c) -> c.id().equals(open.id()))
			.singleElement()
			.satisfies((c) -> assertThat(c.escalations()).containsExactly(EscalationReasons.FOLLOW_UP_MISSED));
	}

	@Test
	void aCaseClosesCompletedWithoutFollowUpsAndDeclinedWhenTheClinicianSaysNo() throws Exception {
		var noFollowUps = PolicyReaderTestsAccess.defaultTree();
		noFollowUps.putArray("followUps");
		putPolicy("NOFU", "admin-1", noFollowUps.toString()).expectStatus().isOk();
		OutreachTraffic.report(CLOCK.instant(), HarmLevel.SEVERE, null, "NOFU", staff("DONE-1"), staff("NO-1"));
		OutreachCaseView done = awaitCase(staff("DONE-1"), (c) -> true);
		OutreachCaseView declined = awaitCase(staff("NO-1"), (c) -> true);
		accept(done, staff("DONE-1"));
		checkin(done, staff("DONE-1"), null, ContactOutcome.REACHED, false);
		assertThat(awaitClosed(done.id()).reason()).isEqualTo(CloseReason.COMPLETED);
		checkin(declined, staff("NO-1"), null, ContactOutcome.DECLINED, false);
		assertThat(awaitClosed(declined.id()).reason()).isEqualTo(CloseReason.DECLINED_BY_CLINICIAN);
	}

	@Test
	void aMilestoneSchedulesAFollowUpBeforeItForEveryoneInvolved() {
		CLOCK.advanceToNext(LocalTime.of(11, 0), NEW_YORK);
		String eventId = OutreachTraffic.report(CLOCK.instant(), HarmLevel.SEVERE, null, "MAIN", staff("MS-1"),
				staff("MS-2"));
		OutreachCaseView one = awaitCase(staff("MS-1"), (c) -> true);
		OutreachCaseView two = awaitCase(staff("MS-2"), (c) -> true);
		Instant rca = CLOCK.instant().plus(Duration.ofDays(5));
		OutreachTraffic.send(Events.INCIDENT_MILESTONE, eventId, eventId, new IncidentMilestone(
				UUID.randomUUID().toString(), eventId, MilestoneKind.RCA_SCHEDULED, rca, CLOCK.instant()));
		await().atMost(PATIENCE)
			.until(() -> this.jdbc.queryForObject(
					"SELECT count(*) FROM follow_up WHERE trigger = 'RCA_SCHEDULED' AND case_id IN (?::uuid, ?::uuid)",
					Integer.class, one.id(), two.id()) == 2);
		CLOCK.advanceTo(rca.minus(Duration.ofHours(1)));
		for (OutreachCaseView outreachCase : List.of(one, two)) {
			FollowUpDue due = awaitFollowUps(outreachCase.id(), 1).get(0);
			assertThat(due.trigger()).isEqualTo(FollowUpTrigger.RCA_SCHEDULED);
			assertThat(due.dueAt()).isBeforeOrEqualTo(rca.minus(Duration.ofDays(1)));
		}
	}

	@Test
	void aTeamEventProposesOneDebriefThatShowsOnTheWorklist() {
		String eventId = OutreachTraffic.report(CLOCK.instant(), HarmLevel.SEVERE, null, "MAIN", staff("TEAM-1"),
				staff("TEAM-2"), staff("TEAM-3"), staff("TEAM-4"));
		await().atMost(PATIENCE)
			.until(() -> this.jdbc.queryForObject("SELECT count(*) FROM team_debrief WHERE event_id = ?", Integer.class,
					eventId) == 1);
		List<OutreachEscalated> debriefs = await().atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_ESCALATED, "TEAM_DEBRIEF_PROPOSED")
				.stream()
				.map((r) -> OutreachTraffic.data(r, Events.OUTREACH_ESCALATED))
				.filter((e) -> e.staffId().startsWith("TEAM-") && e.staffId().endsWith(run))
				.toList(), (list) -> !list.isEmpty());
		assertThat(debriefs).hasSize(1);
		assertThat(worklist()).anySatisfy((c) -> {
			assertThat(c.id()).isEqualTo(debriefs.get(0).caseId());
			assertThat(c.escalations()).contains(EscalationReasons.TEAM_DEBRIEF_PROPOSED);
		});
		OutreachTraffic.report(CLOCK.instant(), HarmLevel.SEVERE, null, "MAIN", staff("TEAM-5"), staff("TEAM-6"));
		await().atMost(PATIENCE).until(() -> !this.queries.forClinician(staff("TEAM-6")).isEmpty());
		assertThat(OutreachTraffic.published(Topics.OUTREACH_ESCALATED, "TEAM_DEBRIEF_PROPOSED")
			.stream()
			.filter((r) -> r.value().contains("TEAM-"))).hasSize(1);
	}

	@Test
	void matchingFailuresAndAnOfferExpiringAfterTheWindowShowOnTheWorklist() {
		OutreachTraffic.report(CLOCK.instant(), HarmLevel.SEVERE, null, "MAIN", staff("MF-1"), staff("MF-2"));
		OutreachCaseView exhausted = awaitCase(staff("MF-1"), (c) -> true);
		OutreachCaseView expired = awaitCase(staff("MF-2"), (c) -> true);
		OutreachTraffic.send(Events.ASSIGNMENT_UNMATCHED, staff("MF-1"), exhausted.id(), new AssignmentUnmatched(
				exhausted.id(), staff("MF-1"), UnmatchedReason.OFFERS_EXHAUSTED, CLOCK.instant()));
		String offerId = UUID.randomUUID().toString();
		OutreachTraffic.send(Events.ASSIGNMENT_OFFERED, staff("MF-2"), expired.id(),
				new AssignmentOffered(offerId, expired.id(), staff("MF-2"), "P-1", CLOCK.instant()));
		awaitCase(staff("MF-2"), (c) -> c.status() == CaseStatus.OFFERED);
		OutreachTraffic.send(Events.ASSIGNMENT_EXPIRED, staff("MF-2"), expired.id(),
				new AssignmentExpired(offerId, expired.id(), staff("MF-2"), "P-1", expired.windowEndsAt()));
		awaitEscalation(exhausted.id(), EscalationReasons.OFFERS_EXHAUSTED);
		awaitEscalation(expired.id(), EscalationReasons.WINDOW_MISSED);
		assertThat(worklist()).extracting(OutreachCaseView::id).contains(exhausted.id(), expired.id());
		assertThat(awaitCase(staff("MF-1"), (c) -> true).status()).isEqualTo(CaseStatus.NEEDS_ATTENTION);
		assertThat(awaitCase(staff("MF-2"), (c) -> true).status()).as("the live offer stays live")
			.isEqualTo(CaseStatus.OFFERED);
	}

	@Test
	void theInvitationIsRoutineWordingWithTheNameEscaped() {
		directory(staff("INV-1"), "<script>alert('x')</script>", "RN");
		await().atMost(PATIENCE).until(() -> this.clinicians.profile(staff("INV-1")).isPresent());
		OutreachTraffic.report(CLOCK.instant(), HarmLevel.DEATH, EventCategory.PATIENT_DEATH, "MAIN", staff("INV-1"));
		OutreachCaseView open = awaitCase(staff("INV-1"), (c) -> true);
		Map<?, ?> invitation = this.admin.get()
			.uri("/api/v1/cases/{id}/invitation?channel=EMAIL", open.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String body = String.valueOf(invitation.get("body"));
		assertThat(body).contains("&lt;script&gt;")
			.doesNotContain("<script>")
			.contains("everyone involved")
			.contains("routine")
			.doesNotContainIgnoringCase("death")
			.doesNotContainIgnoringCase("patient");

		// The case's facility is MAIN: an administrator of another facility does not see
		// it, one of MAIN does.
		as(TestIdentity.get().administrator("OTHER")).get()
			.uri("/api/v1/cases/{id}/invitation?channel=EMAIL", open.id())
			.exchange()
			.expectStatus()
			.isNotFound();
		as(TestIdentity.get().administrator("MAIN")).get()
			.uri("/api/v1/cases/{id}/invitation?channel=EMAIL", open.id())
			.exchange()
			.expectStatus()
			.isOk();

		WebTestClient mainAdmin = as(TestIdentity.get().token().subject("admin-1").roles("ADMINISTRATOR").sign());
		mainAdmin.put()
			.uri("/api/v1/invitation-templates?facility=MAIN&channel=SMS")
			.bodyValue(Map.of("subject", "Hi", "body", "{{{name}}}, about the {{harm}}"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors.length()")
			.isEqualTo(2);
		mainAdmin.put()
			.uri("/api/v1/invitation-templates?facility=MAIN&channel=SMS")
			.bodyValue(Map.of("subject", "Checking in", "body", "{{name}}: we check in with everyone, as routine."))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(this.jdbc.queryForObject(
				"SELECT changed_by FROM invitation_template WHERE facility = 'MAIN' AND channel = 'SMS'", String.class))
			.isEqualTo("admin-1");
		this.admin.get()
			.uri("/api/v1/cases/{id}/invitation?channel=SMS", open.id())
			.exchange()
			.expectBody()
			.jsonPath("$.body")
			.isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;: we check in with everyone, as routine.");
		this.admin.get().uri("/api/v1/cases/{id}/invitation", UUID.randomUUID()).exchange().expectStatus().isNotFound();
	}

	/**
	 * @param actor the administrator's name at the identity provider (their token's
	 * subject), or null to send no token
	 */
	private WebTestClient.ResponseSpec putPolicy(String facility, String actor, String json) {
		WebTestClient client = (actor != null)
				? as(TestIdentity.get().token().subject(actor).roles("ADMINISTRATOR").sign()) : this.web;
		return client.put()
			.uri("/api/v1/policy?facility={f}", facility)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange();
	}

	/**
	 * @param actor the clinician whose token sends the change
	 */
	private WebTestClient.ResponseSpec putPreferences(String staffId, String actor, boolean optedOut) {
		return as(TestIdentity.get().clinician(actor)).put()
			.uri("/api/v1/clinicians/{id}/preferences", staffId)
			.bodyValue(Map.of("channel", "EMAIL", "optedOut", optedOut))
			.exchange();
	}

	private WebTestClient as(String token) {
		return this.web.mutate().defaultHeaders(TestIdentity.bearer(token)).build();
	}

	private void directory(String staffId, String name, String role) {
		// As matching publishes it: the name sealed with the person's key (outreach never
		// makes keys).
		OutreachTraffic.send(Events.STAFF_DIRECTORY_ENTRY, staffId, staffId,
				new StaffDirectoryEntry(staffId, this.keys.seal(staffId, name), staffId + "@hospital.test", "ICU", role,
						null, false, false, null, true, 0, CLOCK.instant()));
	}

	private void accept(OutreachCaseView outreachCase, String staffId) {
		OutreachTraffic.send(Events.ASSIGNMENT_ACCEPTED, staffId, outreachCase.id(), new AssignmentAccepted(
				UUID.randomUUID().toString(), outreachCase.id(), staffId, "P-1", CLOCK.instant()));
		awaitCase(staffId, (c) -> c.status() == CaseStatus.ACCEPTED);
	}

	private void checkin(OutreachCaseView outreachCase, String staffId, String followUpId, ContactOutcome contact,
			boolean followUpWanted) {
		OutreachTraffic.send(Events.CHECKIN_COMPLETED, staffId, outreachCase.id(),
				new CheckinCompleted(UUID.randomUUID().toString(), outreachCase.id(), UUID.randomUUID().toString(),
						staffId, "P-1", followUpId, contact, List.of(), List.of(), false, false, followUpWanted, "MAIN",
						CLOCK.instant()));
	}

	private OutreachCaseView awaitCase(String staffId, Predicate<OutreachCaseView> condition) {
		return await().atMost(PATIENCE).until(() -> {
			List<OutreachCaseView> cases = this.queries.forClinician(staffId);
			return cases.isEmpty() ? null : cases.get(0);
		}, (c) -> c != null && condition.test(c));
	}

	private List<OutreachCaseView> worklist() {
		return this.admin.get()
			.uri("/api/v1/cases?status=NEEDS_ATTENTION")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(OutreachCaseView.class)
			.returnResult()
			.getResponseBody();
	}

	private static void awaitEscalation(String caseId, String reason) {
		await().atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_ESCALATED, caseId)
				.stream()
				.filter((r) -> OutreachTraffic.data(r, Events.OUTREACH_ESCALATED).reason().equals(reason))
				.count() == 1);
	}

	private static OutreachClosed awaitClosed(String caseId) {
		return OutreachTraffic.data(await().atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_CLOSED, caseId), (r) -> r.size() == 1)
			.get(0), Events.OUTREACH_CLOSED);
	}

	private static List<FollowUpDue> awaitFollowUps(String caseId, int count) {
		return await().atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_FOLLOW_UP_DUE, caseId)
				.stream()
				.map((r) -> OutreachTraffic.data(r, Events.FOLLOW_UP_DUE))
				.sorted(java.util.Comparator.comparing(FollowUpDue::dueAt))
				.toList(), (list) -> list.size() == count);
	}

	/** The default policy document, as a tree the tests change. */
	static final class PolicyReaderTestsAccess {

		static tools.jackson.databind.node.ObjectNode defaultTree() throws Exception {
			try (var in = OutreachLifecycleIT.class.getResourceAsStream("/outreach/default-policy.json")) {
				return (tools.jackson.databind.node.ObjectNode) tools.jackson.databind.json.JsonMapper.builder()
					.build()
					.readTree(in);
			}
		}

	}

}
