package org.peersupport.outreach;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.events.AssignmentAccepted;
import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.ContactChannel;
import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.contracts.events.DepartmentPreference;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.OutreachClosed;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.contracts.events.SupportPreferences;
import org.peersupport.contracts.events.TalkNowRequested;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.outreachcase.CaseStatus;
import org.peersupport.outreach.outreachcase.OutreachCaseQueries;
import org.peersupport.outreach.outreachcase.OutreachCaseView;
import org.peersupport.shredding.PersonKeys;
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
 * The two new ways into outreach, on a real broker and database with the built-in default
 * policy and a clock the tests move: a clinician asking for themselves (with "talk now"
 * and despite an opt-out), and a word about a colleague (which the referrer never learns
 * anything more about). Matching's side is {@code EntryPathOffersIT}; the paging,
 * {@code TalkNowCrisisIT} in referral.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class EntryPathsIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final MutableClock CLOCK = new MutableClock(java.time.Instant.parse("2026-11-18T15:00:00Z"));

	@Autowired
	WebTestClient web;

	@Autowired
	OutreachCaseQueries queries;

	@Autowired
	Clinicians clinicians;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonKeys keys;

	/**
	 * This run's suffix, so a rerun in the same database and broker meets none of these.
	 */
	private static String run;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("outreach").forEach((key, value) -> registry.add(key, () -> value));
		String group = "outreach-entry-" + UUID.randomUUID();
		registry.add("spring.kafka.consumer.group-id", () -> group);
		registry.add("peersupport.timers.polling-interval", () -> "PT0.1S");
		registry.add("peersupport.outreach.referrals-per-day", () -> "3");
	}

	@TestConfiguration
	static class TestClock {

		@Bean
		Clock clock() {
			return CLOCK;
		}

	}

	@BeforeEach
	void daytime() {
		run = UUID.randomUUID().toString().substring(0, 8);
		// 10:00 in New York: outside quiet hours, so nothing is deferred by the hour.
		CLOCK.advanceToNext(LocalTime.of(10, 0), NEW_YORK);
	}

	private static String staff(String name) {
		return name + "-" + run;
	}

	@Test
	void aSelfRequestOpensASelfRequestCaseSentToMatchingWithItsChoicesAndTheLinesToCallNow() {
		String clinician = staff("SR-1");
		ask(clinician, """
				{"when":"TODAY","department":"OTHER_DEPARTMENT","sameRole":true,"language":"es","channel":"PHONE"}""")
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.talkNow")
			.isEqualTo(false)
			.jsonPath("$.crisisLines[*].number")
			.value((List<String> numbers) -> assertThat(numbers).containsExactly("988", "1-888-409-0141"));
		OutreachCaseView opened = awaitCase(clinician, (c) -> true);
		assertThat(opened.source()).isEqualTo(CaseSource.SELF_REQUEST);
		assertThat(opened.eventIds()).isEmpty();
		// "Today" is the policy's selfRequest.today (PT4H) from the request.
		assertThat(opened.windowEndsAt()).isEqualTo(CLOCK.instant().plus(Duration.ofHours(4)));
		OutreachDue due = awaitDue(opened.id(), 1).get(0);
		assertThat(due.source()).isEqualTo(CaseSource.SELF_REQUEST);
		assertThat(due.preferences())
			.isEqualTo(new SupportPreferences(DepartmentPreference.OTHER_DEPARTMENT, true, "es", ContactChannel.PHONE));
		assertThat(due.dueAt()).isEqualTo(CLOCK.instant());
		// The channel they chose is the invitation's.
		as(TestIdentity.get().administrator()).get()
			.uri("/api/v1/cases/{id}/invitation", opened.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.channel")
			.isEqualTo("PHONE");
		// The clinician's own view of the case never says how it started.
		as(TestIdentity.get().clinician(clinician)).get()
			.uri("/api/v1/cases")
			.exchange()
			.expectBody(String.class)
			.value((body) -> assertThat(body).doesNotContain("SELF_REQUEST").doesNotContain("source"));
	}

	@Test
	void aSelfRequestJoinsTheOpenCaseAndMakesItSoonerNeverLater() {
		String clinician = staff("SR-2");
		OutreachTraffic.report(CLOCK.instant(), HarmLevel.MILD, null, "MAIN", clinician);
		OutreachCaseView incident = awaitCase(clinician, (c) -> true);
		assertThat(incident.source()).isEqualTo(CaseSource.INCIDENT);
		awaitDue(incident.id(), 1);
		ask(clinician, "{\"when\":\"THIS_WEEK\"}").expectStatus().isAccepted();
		// A week is later than the incident's 72 hours: the case keeps its window.
		await().during(Duration.ofMillis(500))
			.atMost(PATIENCE)
			.until(() -> this.queries.forClinician(clinician).get(0).windowEndsAt().equals(incident.windowEndsAt()));
		ask(clinician, "{\"when\":\"TODAY\",\"sameRole\":true}").expectStatus().isAccepted();
		OutreachCaseView sooner = awaitCase(clinician,
				(c) -> c.windowEndsAt().equals(CLOCK.instant().plus(Duration.ofHours(4))));
		assertThat(this.queries.forClinician(clinician)).hasSize(1);
		assertThat(sooner.id()).isEqualTo(incident.id());
		assertThat(sooner.source()).as("it started with the incident").isEqualTo(CaseSource.INCIDENT);
		// Already with matching: sent again, sooner and with the choices.
		OutreachDue again = awaitDue(incident.id(), 3).get(2);
		assertThat(again.preferences()).isEqualTo(new SupportPreferences(null, true, null, null));
		assertThat(again.respondBy()).isEqualTo(sooner.windowEndsAt());
	}

	@Test
	void aClinicianWhoOptedOutOfRoutineOutreachCanStillAskAndTheRequestIsActedOn() {
		// 23:00: quiet hours, so the request waits for its offer-due timer, which checks
		// the opt-out again.
		CLOCK.advanceToNext(LocalTime.of(23, 0), NEW_YORK);
		String clinician = staff("SR-3");
		as(TestIdentity.get().clinician(clinician)).put()
			.uri("/api/v1/clinicians/{id}/preferences", clinician)
			.bodyValue(Map.of("channel", "EMAIL", "optedOut", true))
			.exchange()
			.expectStatus()
			.isOk();
		OutreachTraffic.report(CLOCK.instant(), HarmLevel.MODERATE, null, "MAIN", clinician);
		OutreachCaseView routine = awaitCase(clinician, (c) -> c.status() == CaseStatus.CLOSED);
		assertThat(routine.closeReason()).isEqualTo(CloseReason.OPTED_OUT);

		ask(clinician, "{\"when\":\"THIS_WEEK\"}").expectStatus().isAccepted();
		await().atMost(PATIENCE).until(() -> this.queries.forClinician(clinician).size() == 2);
		OutreachCaseView asked = this.queries.forClinician(clinician)
			.stream()
			.filter((c) -> c.source() == CaseSource.SELF_REQUEST)
			.findFirst()
			.orElseThrow();
		assertThat(asked.status()).isEqualTo(CaseStatus.SCHEDULED);
		assertThat(asked.dueAt()).as("the morning, after quiet hours").isAfter(CLOCK.instant());
		CLOCK.advanceTo(asked.dueAt().plusSeconds(60));
		assertThat(awaitDue(asked.id(), 1).get(0).source()).isEqualTo(CaseSource.SELF_REQUEST);
		assertThat(this.queries.forClinician(clinician)).filteredOn((c) -> c.id().equals(asked.id()))
			.singleElement()
			.satisfies((c) -> assertThat(c.status()).isNotEqualTo(CaseStatus.CLOSED));
		assertThat(OutreachTraffic.published(Topics.OUTREACH_CLOSED, asked.id())).isEmpty();
	}

	@Test
	void talkNowRaisesTheCrisisPathAtOnceAndTheAnswerCarries988AndThePhysicianSupportLine() {
		String clinician = staff("SR-4");
		ask(clinician, "{\"when\":\"NOW\"}").expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.talkNow")
			.isEqualTo(true)
			.jsonPath("$.message")
			.value((String message) -> assertThat(message).contains("988").contains("on-call"))
			.jsonPath("$.crisisLines[0].href")
			.isEqualTo("tel:988")
			.jsonPath("$.crisisLines[1].number")
			.isEqualTo("1-888-409-0141");
		OutreachCaseView asked = awaitCase(clinician, (c) -> true);
		TalkNowRequested talkNow = OutreachTraffic.data(await().atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_TALK_NOW, asked.id()), (r) -> r.size() == 1)
			.get(0), Events.TALK_NOW_REQUESTED);
		assertThat(talkNow.staffId()).isEqualTo(clinician);
		assertThat(talkNow.requestedAt()).isEqualTo(CLOCK.instant());
		// And the case goes to matching at once, whatever the hour.
		assertThat(awaitDue(asked.id(), 1).get(0).dueAt()).isEqualTo(CLOCK.instant());
	}

	@Test
	void nobodyAsksOnAnotherClinicsBehalfAndBadChoicesAreRefusedByName() {
		as(TestIdentity.get().clinician(staff("SR-5"))).post()
			.uri("/api/v1/clinicians/{id}/check-in-requests", staff("SR-6"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		ask(staff("SR-5"),
				"{\"when\":\"SOON\",\"department\":\"MINE\",\"language\":\"a b\",\"channel\":\"FAX\","
						+ "\"sameRole\":\"yes\"}")
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((List<String> fields) -> assertThat(fields).containsExactlyInAnyOrder("when", "department",
					"sameRole", "language", "channel"));
		ask(staff("SR-5"), "[]").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("body");
		assertThat(this.queries.forClinician(staff("SR-5"))).isEmpty();
		assertThat(this.queries.forClinician(staff("SR-6"))).isEmpty();
	}

	@Test
	void noReasonOrDetailIsTakenInOnEitherPathAndNothingOfItIsStoredOrPublished() {
		String canary = "CANARY-" + UUID.randomUUID();
		String clinician = staff("PC-1");
		String colleague = staff("PC-2");
		directory(colleague, "Ada Canary");
		ask(clinician, "{\"when\":\"TODAY\",\"reason\":\"" + canary + "\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("reason")
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).doesNotContain(canary));
		ask(clinician, "{\"language\":\"" + canary + "\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("language");
		refer(clinician, "{\"staffId\":\"" + colleague + "\",\"note\":\"" + canary + "\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("note");
		refer(clinician, "{\"staffId\":\"" + canary + "\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("staffId")
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).doesNotContain(canary));
		// Good requests alongside, so the tables and topics hold rows to look through.
		ask(clinician, "{\"language\":\"es\"}").expectStatus().isAccepted();
		refer(clinician, "{\"staffId\":\"" + colleague + "\",\"named\":true}").expectStatus().isAccepted();
		awaitCase(colleague, (c) -> true);
		assertThat(everyRowOfEveryTable()).noneMatch((row) -> row.contains(canary));
		assertThat(TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(),
				TopicReader.allTopics(TestInfrastructure.kafka().bootstrapServers())))
			.noneMatch((r) -> String.valueOf(r.value()).contains(canary));
	}

	@Test
	void aReferralBecomesRoutineOutreachForTheColleagueAndANamedReferrerIsNamedInTheInvitation() {
		String referrer = staff("RF-1");
		String unnamed = staff("RF-2");
		String named = staff("RF-3");
		directory(referrer, "Rita Ref");
		directory(unnamed, "Uma Ono");
		directory(named, "Nico Nam");
		refer(referrer, "{\"staffId\":\"" + unnamed + "\"}").expectStatus().isAccepted();
		refer(referrer, "{\"staffId\":\"" + named + "\",\"named\":true}").expectStatus().isAccepted();
		OutreachCaseView unnamedCase = awaitCase(unnamed, (c) -> true);
		OutreachCaseView namedCase = awaitCase(named, (c) -> true);
		assertThat(unnamedCase.source()).isEqualTo(CaseSource.COLLEAGUE_REFERRAL);
		// The window of an event of unknown harm (PT24H in the default policy).
		assertThat(unnamedCase.windowEndsAt()).isEqualTo(CLOCK.instant().plus(Duration.ofHours(24)));
		OutreachDue due = awaitDue(unnamedCase.id(), 1).get(0);
		assertThat(due.source()).isEqualTo(CaseSource.COLLEAGUE_REFERRAL);
		assertThat(due.preferences()).isNull();
		assertThat(due.eventIds()).isEmpty();
		assertThat(invitation(unnamedCase.id())).doesNotContain("Rita").doesNotContain("asked us");
		assertThat(invitation(namedCase.id())).contains("Rita Ref, a colleague, asked us to reach out to you.");
		assertThat(this.jdbc.queryForList("SELECT referrer_staff_id FROM case_referrer WHERE case_id = ?::uuid",
				String.class, unnamedCase.id()))
			.isEmpty();
		assertThat(this.jdbc.queryForList("SELECT referrer_staff_id FROM case_referrer WHERE case_id = ?::uuid",
				String.class, namedCase.id()))
			.containsExactly(referrer);
		// Nothing anywhere ties an unnamed referral to its referrer: no row holds the
		// referrer's id but their own directory entry (its name sealed, so no row holds
		// it in plain text) and the case they were named in.
		assertThat(everyRowOfEveryTable()).noneMatch((row) -> row.contains("Rita Ref"))
			.filteredOn((row) -> row.contains(referrer))
			.allMatch((row) -> row.startsWith("(" + referrer + ",ps1:") || row.contains(namedCase.id()));
	}

	@Test
	void theReferrerLearnsNothingWhateverBecomesOfTheColleague() {
		String referrer = staff("RN-1");
		String colleague = staff("RN-2");
		String optedOut = staff("RN-3");
		directory(referrer, "Remy Nothing");
		directory(colleague, "Cora Reached");
		directory(optedOut, "Otto Out");
		as(TestIdentity.get().clinician(optedOut)).put()
			.uri("/api/v1/clinicians/{id}/preferences", optedOut)
			.bodyValue(Map.of("channel", "EMAIL", "optedOut", true))
			.exchange()
			.expectStatus()
			.isOk();
		String before = referrersView(referrer, "Cora Reached");
		String thanks = refer(referrer, "{\"staffId\":\"" + colleague + "\"}").expectStatus()
			.isAccepted()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(thanks).contains("will reach out");
		OutreachCaseView open = awaitCase(colleague, (c) -> true);
		awaitDue(open.id(), 1);
		// The colleague is reached: offered, accepted and checked in.
		OutreachTraffic.send(Events.ASSIGNMENT_ACCEPTED, colleague, open.id(),
				new AssignmentAccepted(UUID.randomUUID().toString(), open.id(), colleague, "P-1", CLOCK.instant()));
		OutreachTraffic.send(Events.CHECKIN_COMPLETED, colleague, open.id(),
				new CheckinCompleted(UUID.randomUUID().toString(), open.id(), UUID.randomUUID().toString(), colleague,
						"P-1", null, ContactOutcome.REACHED, List.of(), List.of(), false, false, false, null,
						CLOCK.instant()));
		awaitCase(colleague, (c) -> c.status() == CaseStatus.ACCEPTED);
		assertThat(referrersView(referrer, "Cora Reached")).isEqualTo(before);
		// The same answer for a colleague with an open case, and for one who opted out.
		assertThat(refer(referrer, "{\"staffId\":\"" + colleague + "\"}").expectStatus()
			.isAccepted()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).isEqualTo(thanks);
		assertThat(refer(referrer, "{\"staffId\":\"" + optedOut + "\"}").expectStatus()
			.isAccepted()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).isEqualTo(thanks);
		assertThat(referrersView(referrer, "Cora Reached")).isEqualTo(before);
		assertThat(this.queries.forClinician(colleague)).as("the referral joined the open case").hasSize(1);
	}

	@Test
	void aReferralOfSomeoneWhoOptedOutIsCountedAndNotActedOn() {
		String referrer = staff("RO-1");
		String optedOut = staff("RO-2");
		directory(optedOut, "Olga Out");
		as(TestIdentity.get().clinician(optedOut)).put()
			.uri("/api/v1/clinicians/{id}/preferences", optedOut)
			.bodyValue(Map.of("channel", "EMAIL", "optedOut", true))
			.exchange()
			.expectStatus()
			.isOk();
		refer(referrer, "{\"staffId\":\"" + optedOut + "\",\"named\":true}").expectStatus().isAccepted();
		OutreachCaseView counted = awaitCase(optedOut, (c) -> true);
		assertThat(counted.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(counted.closeReason()).isEqualTo(CloseReason.OPTED_OUT);
		assertThat(counted.source()).isEqualTo(CaseSource.COLLEAGUE_REFERRAL);
		OutreachClosed closed = OutreachTraffic.data(await().atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_CLOSED, counted.id()), (r) -> r.size() == 1)
			.get(0), Events.OUTREACH_CLOSED);
		assertThat(closed.source()).isEqualTo(CaseSource.COLLEAGUE_REFERRAL);
		await().during(Duration.ofSeconds(1))
			.atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_DUE, "\"" + optedOut + "\"").isEmpty());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM case_referrer WHERE case_id = ?::uuid", Integer.class,
				counted.id()))
			.as("nobody is named on a case nobody acts on")
			.isZero();
	}

	@Test
	void referralsAreLimitedPerReferrerPerDayAndNobodyRefersThemselvesOrSomeoneOutsideTheDirectory() {
		String referrer = staff("RL-1");
		List<String> colleagues = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			colleagues.add(staff("RL-C" + i));
			directory(colleagues.get(i), "Lim " + i);
		}
		directory(referrer, "Lee Limit");
		refer(referrer, "{\"staffId\":\"" + referrer + "\"}").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("staffId")
			.jsonPath("$.errors[0].reason")
			.value((String reason) -> assertThat(reason).contains("your own").contains("check-in-requests"));
		refer(referrer, "{\"staffId\":\"" + staff("NOBODY") + "\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("staffId")
			.jsonPath("$.errors[0].reason")
			.isEqualTo("is not in the staff directory");
		refer(referrer, "{\"named\":\"yes\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((List<String> fields) -> assertThat(fields).containsExactlyInAnyOrder("staffId", "named"));
		// Refused input costs nothing of the limit (3 a day in this test).
		for (int i = 0; i < 3; i++) {
			refer(referrer, "{\"staffId\":\"" + colleagues.get(i) + "\"}").expectStatus().isAccepted();
		}
		refer(referrer, "{\"staffId\":\"" + colleagues.get(3) + "\"}").expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists("Retry-After")
			.expectBody()
			.jsonPath("$.limit")
			.isEqualTo(3);
		assertThat(this.queries.forClinician(colleagues.get(3))).isEmpty();
		// Another referrer is not held to this one's count; tomorrow starts afresh.
		refer(staff("RL-2"), "{\"staffId\":\"" + colleagues.get(3) + "\"}").expectStatus().isAccepted();
		CLOCK.advanceTo(CLOCK.instant().plus(Duration.ofDays(1)));
		refer(referrer, "{\"staffId\":\"" + colleagues.get(0) + "\"}").expectStatus().isAccepted();
		assertThat(this.jdbc.queryForList("SELECT referrer FROM referral_quota", String.class))
			.as("the count keeps a pseudonym, never the staff id")
			.noneMatch((row) -> row.contains(referrer));
	}

	@Test
	void theDirectoryIsSearchedByNameWithAtLeastTwoCharacters() {
		String colleague = staff("DS-1");
		directory(colleague, "Zebulon " + run);
		WebTestClient referrer = as(TestIdentity.get().clinician(staff("DS-2")));
		referrer.get()
			.uri("/api/v1/colleagues?name={name}", "zebulon " + run)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].staffId")
			.isEqualTo(colleague)
			.jsonPath("$[0].department")
			.isEqualTo("ICU")
			.jsonPath("$.length()")
			.isEqualTo(1);
		referrer.get()
			.uri("/api/v1/colleagues?name=z")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");
		referrer.get().uri("/api/v1/colleagues?name={name}", "%").exchange().expectStatus().isBadRequest();
		referrer.get().uri("/api/v1/colleagues").exchange().expectStatus().isBadRequest();
		referrer.get()
			.uri("/api/v1/colleagues?name={name}", "%" + run)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(0);
	}

	/**
	 * Everything a referrer can see that could concern the colleague: their own cases,
	 * and the directory entry they picked the colleague from.
	 */
	private String referrersView(String referrer, String colleagueName) {
		WebTestClient client = as(TestIdentity.get().clinician(referrer));
		String ownCases = client.get()
			.uri("/api/v1/cases")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String directory = client.get()
			.uri("/api/v1/colleagues?name={name}", colleagueName)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return ownCases + "\n" + directory;
	}

	private WebTestClient.ResponseSpec ask(String staffId, String body) {
		return as(TestIdentity.get().clinician(staffId)).post()
			.uri("/api/v1/clinicians/{id}/check-in-requests", staffId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec refer(String referrer, String body) {
		return as(TestIdentity.get().clinician(referrer)).post()
			.uri("/api/v1/colleague-referrals")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private String invitation(String caseId) {
		return as(TestIdentity.get().administrator()).get()
			.uri("/api/v1/cases/{id}/invitation", caseId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient as(String token) {
		return this.web.mutate().defaultHeaders(TestIdentity.bearer(token)).build();
	}

	/** An entry as matching publishes it: the name sealed with the person's key. */
	private void directory(String staffId, String name) {
		OutreachTraffic.send(Events.STAFF_DIRECTORY_ENTRY, staffId, staffId,
				new StaffDirectoryEntry(staffId, this.keys.seal(staffId, name), staffId + "@hospital.test", "ICU", "RN",
						null, false, false, null, true, 0, CLOCK.instant()));
		await().atMost(PATIENCE).until(() -> this.clinicians.profile(staffId).isPresent());
	}

	private OutreachCaseView awaitCase(String staffId, Predicate<OutreachCaseView> condition) {
		return await().atMost(PATIENCE).until(() -> {
			List<OutreachCaseView> cases = this.queries.forClinician(staffId);
			return cases.isEmpty() ? null : cases.get(0);
		}, (c) -> c != null && condition.test(c));
	}

	private static List<OutreachDue> awaitDue(String caseId, int count) {
		return await().atMost(PATIENCE)
			.until(() -> OutreachTraffic.published(Topics.OUTREACH_DUE, caseId)
				.stream()
				.map((r) -> OutreachTraffic.data(r, Events.OUTREACH_DUE))
				.toList(), (list) -> list.size() >= count);
	}

	private List<String> everyRowOfEveryTable() {
		return OutreachTables.everyRowOfEveryTable(this.jdbc);
	}

}
