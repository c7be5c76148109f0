package org.peersupport.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Topics;
import org.peersupport.matching.directory.StaffDirectory;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Matching against a real broker and database, with a clock the tests move: offers expire
 * and are re-offered, nobody is offered a case twice, offers run out, every offer is
 * explained, and supporters' state (pause, training, load, availability) counts. Each
 * test uses a department of its own, and the department rule is SAME_DEPARTMENT, so tests
 * never compete for supporters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "peersupport.matching.departments.default-rule=SAME_DEPARTMENT",
				"peersupport.matching.batch.window=PT0S", "peersupport.matching.offers.max-response-time=PT1H",
				"peersupport.matching.offers.min-response-time=PT15M", "peersupport.matching.offers.max-failures=3",
				"peersupport.matching.fatigue.high-impact-cases=1", "peersupport.timers.polling-interval=PT0.3S" })
class MatchingIT extends MatchingIntegrationTest {

	@Autowired
	StaffDirectory directory;

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String ROSTER = """
			staffId,name,email,department,role,supervisorId,supporter,trained,maxActive,languages
			EC-1,Erin Clinician,erin@h.test,D-EXP,RN,,false,false,0,
			E-1,Peer One,e1@h.test,D-EXP,RN,,true,true,2,
			E-2,Peer Two,e2@h.test,D-EXP,RN,,true,true,2,
			E-3,Peer Three,e3@h.test,D-EXP,RN,,true,true,2,
			E-4,Peer Four,e4@h.test,D-EXP,RN,,true,true,2,
			TC-1,Tess Clinician,tess@h.test,D-TWICE,RN,,false,false,0,
			T-1,Peer T1,t1@h.test,D-TWICE,RN,,true,true,2,
			T-2,Peer T2,t2@h.test,D-TWICE,RN,,true,true,2,
			XC-1,Xavier Secretname,xavier.secret@h.test,D-EXPL,MD,,false,false,0,
			X-1,Peer X1,x1@h.test,D-EXPL,MD,,true,true,2,es
			X-2,Peer X2,x2@h.test,D-EXPL,RN,,true,true,2,en
			X-3,Peer X3,x3@h.test,D-EXPL,MD,,true,false,2,es
			WC-1,Wade Clinician,wade@h.test,D-WELL,RN,,false,false,0,
			WC-2,Wren Clinician,wren@h.test,D-WELL,RN,,false,false,0,
			W-1,Peer W1,w1@h.test,D-WELL,RN,,true,true,2,
			LC-1,Lou Clinician,lou@h.test,D-LOAD,RN,,false,false,0,
			LC-2,Lia Clinician,lia@h.test,D-LOAD,RN,,false,false,0,
			L-1,Peer L1,l1@h.test,D-LOAD,RN,,true,true,2,
			L-2,Peer L2,l2@h.test,D-LOAD,RN,,true,true,2,
			AC-1,Ari Clinician,ari@h.test,D-AVAIL,RN,,false,false,0,
			A-1,Peer A1,a1@h.test,D-AVAIL,RN,,true,true,2,
			A-2,Peer A2,a2@h.test,D-AVAIL,RN,,true,true,2,
			""";

	@BeforeEach
	void roster() {
		importRoster(ROSTER).jsonPath("$.rejected.length()").isEqualTo(0);
	}

	@Test
	void anUnansweredOfferExpiresAtTheCaseWindowAndTheCaseGoesToTheNextSupporterUntilOffersRunOut() throws Exception {
		Instant respondBy = CLOCK.instant().plus(Duration.ofMinutes(30));
		String caseId = due("EC-1", List.of(), false, respondBy);
		List<Map<String, Object>> first = awaitOffers(caseId, 1);
		assertThat(instant(first.get(0).get("expires_at"))).as("the case window is shorter than the cap")
			.isEqualTo(respondBy);

		CLOCK.advance(Duration.ofMinutes(31));
		List<Map<String, Object>> second = awaitOffers(caseId, 2);
		assertThat(second.get(0).get("status")).isEqualTo("EXPIRED");
		String firstOffer = String.valueOf(second.get(0).get("id"));
		await().atMost(PATIENCE)
			.until(() -> records(Topics.ASSIGNMENTS_EXPIRED).stream().anyMatch((r) -> r.value().contains(firstOffer)));

		CLOCK.advance(Duration.ofMinutes(1));
		answer(second.get(1), "decline").expectStatus().isOk();
		List<Map<String, Object>> third = awaitOffers(caseId, 3);
		Instant now = CLOCK.instant();
		assertThat(instant(third.get(2).get("expires_at"))).as("past the window, the minimum response time holds")
			.isEqualTo(now.plus(Duration.ofMinutes(15)));

		CLOCK.advance(Duration.ofMinutes(16));
		await().atMost(PATIENCE).until(() -> "OFFERS_EXHAUSTED".equals(requestReason(caseId)));
		assertThat(offers(caseId)).hasSize(3)
			.extracting((o) -> o.get("status"))
			.containsExactly("EXPIRED", "DECLINED", "EXPIRED");
		assertThat(offers(caseId)).extracting((o) -> o.get("supporter_id")).doesNotHaveDuplicates();
		await().atMost(PATIENCE)
			.until(() -> records(Topics.ASSIGNMENTS_UNMATCHED).stream()
				.anyMatch((r) -> r.value().contains(caseId) && r.value().contains("OFFERS_EXHAUSTED")));
	}

	@Test
	void aSupporterIsNeverOfferedTheSameCaseTwiceEvenWhenTheyAreTheOnlyOneFree() throws Exception {
		String caseId = due("TC-1", List.of(), false, CLOCK.instant().plus(Duration.ofHours(2)));
		List<Map<String, Object>> offers = awaitOffers(caseId, 1);
		CLOCK.advance(Duration.ofSeconds(1));
		answer(offers.get(0), "decline").expectStatus().isOk();
		offers = awaitOffers(caseId, 2);
		CLOCK.advance(Duration.ofSeconds(1));
		answer(offers.get(1), "decline").expectStatus().isOk();
		await().atMost(PATIENCE).until(() -> "NO_ELIGIBLE_SUPPORTER".equals(requestReason(caseId)));
		assertThat(offers(caseId)).extracting((o) -> o.get("supporter_id")).containsExactlyInAnyOrder("T-1", "T-2");
	}

	@Test
	void everyOfferIsExplainedWithRuleNamesAndScoresAndNoClinicianData() throws Exception {
		staff("XC-1").put()
			.uri("/api/v1/clinicians/XC-1/match-preferences")
			.bodyValue(Map.of("languages", List.of("es"), "identityPreferences", List.of(), "departmentChoice",
					"NO_PREFERENCE"))
			.exchange()
			.expectStatus()
			.isOk();
		String caseId = due("XC-1", List.of(), false, CLOCK.instant().plus(Duration.ofHours(2)));
		Map<String, Object> offer = awaitOffers(caseId, 1).get(0);
		assertThat(offer.get("supporter_id")).as("same role, shared language, trained").isEqualTo("X-1");
		admin().get()
			.uri("/api/v1/offers/{id}/explanation", offer.get("id"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.supporterId")
			.isEqualTo("X-1")
			.jsonPath("$.caseId")
			.isEqualTo(caseId)
			.jsonPath("$.mode")
			.isEqualTo("SINGLE")
			.jsonPath("$.departmentRule")
			.isEqualTo("SAME_DEPARTMENT")
			.jsonPath("$.rulesPassed.length()")
			.isEqualTo(10)
			.jsonPath("$.rank")
			.isEqualTo(1)
			.jsonPath("$.eligibleSupporters")
			.isEqualTo(2)
			.jsonPath("$.excludedBy.TrainingCurrent")
			.exists()
			.jsonPath("$.score.terms[?(@.preference == 'sameRole')].points")
			.isEqualTo(3.0)
			.jsonPath("$.score.terms[?(@.preference == 'sharedLanguage')].points")
			.isEqualTo(2.0);
		assertThat(explanationText(offer)).doesNotContain("Secretname", "xavier", "XC-1");
		admin().get()
			.uri("/api/v1/offers/not-a-uuid/explanation")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("offerId");
		admin().get().uri("/api/v1/offers/{id}/explanation", UUID.randomUUID()).exchange().expectStatus().isNotFound();
		// An administrator limited to other facilities does not see why a MAIN case went
		// where it did.
		as(TestIdentity.get().administrator("NORTH")).get()
			.uri("/api/v1/offers/{id}/explanation", offer.get("id"))
			.exchange()
			.expectStatus()
			.isForbidden();
		// One limited to MAIN does, once the case's facility is known.
		await().atMost(PATIENCE)
			.untilAsserted(() -> as(TestIdentity.get().administrator("MAIN")).get()
				.uri("/api/v1/offers/{id}/explanation", offer.get("id"))
				.exchange()
				.expectStatus()
				.isOk());
	}

	@Test
	void theRosterStartDateTravelsOnTheDirectoryAndARosterWithoutItSaysNone() {
		String run = java.util.UUID.randomUUID().toString().substring(0, 8);
		String resident = "SR-1-" + run;
		String attending = "SA-1-" + run;
		importRoster("staffId,name,email,department,role,supervisorId,supporter,trained,maxActive,startedOn\n"
				+ resident + ",Rae Resident,,D-START,RESIDENT,,false,false,0,2026-07-01\n" + "SR-2-" + run
				+ ",Bad Date,,D-START,RESIDENT,,false,false,0,July\n")
			.jsonPath("$.imported")
			.isEqualTo(1)
			.jsonPath("$.rejected[0].reason")
			.isEqualTo("startedOn must be a date like 2026-01-31, was 'July'");
		importRoster("staffId,name,email,department,role,supervisorId,supporter,trained,maxActive\n" + attending
				+ ",Ash Attending,,D-START,ATTENDING,,false,false,0\n");
		await().atMost(PATIENCE).until(() -> latestEntry(resident).contains("\"startedOn\":\"2026-07-01\""));
		await().atMost(PATIENCE).until(() -> latestEntry(attending).contains("\"startedOn\":null"));
	}

	@Test
	void aPausedSupporterIsNotOfferedAndIsPublishedInactiveAndExpiredTrainingMakesThemIneligible() throws Exception {
		staff("W-1").post()
			.uri("/api/v1/supporters/W-1/pause")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paused")
			.isEqualTo(true);
		await().atMost(PATIENCE).until(() -> latestEntry("W-1").contains("\"active\":false"));
		String pausedCase = due("WC-1", List.of(), false, CLOCK.instant().plus(Duration.ofHours(2)));
		await().atMost(PATIENCE).until(() -> "NO_ELIGIBLE_SUPPORTER".equals(requestReason(pausedCase)));

		staff("W-1").post().uri("/api/v1/supporters/W-1/resume").exchange().expectStatus().isOk();
		LocalDate today = CLOCK.instant().atZone(ZoneOffset.UTC).toLocalDate();
		admin().post()
			.uri("/api/v1/supporters/W-1/training")
			.bodyValue(Map.of("kind", "CORE_5H", "completedOn", today.minusYears(1).toString(), "expiresOn",
					today.toString()))
			.exchange()
			.expectStatus()
			.isCreated();
		admin().post()
			.uri("/api/v1/supporters/W-1/training")
			.bodyValue(Map.of("kind", "MONTHLY_MEETING", "completedOn", today.toString()))
			.exchange()
			.expectStatus()
			.isCreated();
		// The supporter reads their own training record.
		staff("W-1").get()
			.uri("/api/v1/supporters/W-1/training")
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(2);
		await().atMost(PATIENCE)
			.until(() -> latestEntry("W-1").contains("\"active\":true")
					&& latestEntry("W-1").contains("\"trainingExpiresOn\":\"" + today + "\""));

		// Two days later the training has lapsed: the recurring check republishes the
		// entry.
		CLOCK.advance(Duration.ofDays(2));
		await().atMost(PATIENCE).until(() -> latestEntry("W-1").contains("\"trained\":false"));
		String lapsedCase = due("WC-2", List.of(), false, CLOCK.instant().plus(Duration.ofHours(2)));
		await().atMost(PATIENCE).until(() -> "NO_ELIGIBLE_SUPPORTER".equals(requestReason(lapsedCase)));
	}

	@Test
	void anAcceptedHighImpactCaseShowsInTheLoadStartsACoolDownAndFlagsFatigue() throws Exception {
		String heavy = due("LC-1", List.of(), true, CLOCK.instant().plus(Duration.ofHours(2)));
		Map<String, Object> offer = awaitOffers(heavy, 1).get(0);
		String supporter = String.valueOf(offer.get("supporter_id"));
		answer(offer, "accept").expectStatus().isOk();
		staff(supporter).get()
			.uri("/api/v1/supporters/{id}/load", supporter)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.activeCases")
			.isEqualTo(1)
			.jsonPath("$.recentCases")
			.isEqualTo(1)
			.jsonPath("$.recentHighImpactCases")
			.isEqualTo(1)
			.jsonPath("$.coolDownUntil")
			.isNotEmpty()
			.jsonPath("$.fatigue")
			.isEqualTo("AT");
		admin().get()
			.uri("/api/v1/supporters/fatigue")
			.exchange()
			.expectBody()
			.jsonPath("$[?(@.staffId == '" + supporter + "')].fatigue")
			.isEqualTo("AT");

		String next = due("LC-2", List.of(), false, CLOCK.instant().plus(Duration.ofHours(2)));
		Map<String, Object> nextOffer = awaitOffers(next, 1).get(0);
		assertThat(nextOffer.get("supporter_id")).as("the other supporter; the first is cooling down")
			.isNotEqualTo(supporter);
		assertThat(explanationText(nextOffer)).contains("\"NoCoolDown\":1");
	}

	@Test
	void supportersOutsideTheirAvailabilityAreSkippedAndThoseWhoDeclaredNoneAreAvailable() throws Exception {
		Instant later = CLOCK.instant().plus(Duration.ofDays(30));
		staff("A-1").put()
			.uri("/api/v1/supporters/A-1/availability")
			.bodyValue(Map.of("zone", "America/New_York", "windows", List.of(), "onCall",
					List.of(Map.of("start", later.toString(), "end", later.plus(Duration.ofHours(8)).toString()))))
			.exchange()
			.expectStatus()
			.isOk();
		staff("A-1").get()
			.uri("/api/v1/supporters/A-1/availability")
			.exchange()
			.expectBody()
			.jsonPath("$.zone")
			.isEqualTo("America/New_York")
			.jsonPath("$.onCall.length()")
			.isEqualTo(1);
		String caseId = due("AC-1", List.of(), false, CLOCK.instant().plus(Duration.ofHours(2)));
		Map<String, Object> offer = awaitOffers(caseId, 1).get(0);
		assertThat(offer.get("supporter_id")).isEqualTo("A-2");
		assertThat(explanationText(offer)).contains("\"AvailableNow\":1");
	}

	@Test
	void everyNewEndpointAnswersBadInputWithProblemJsonNamingTheField() {
		problem(staff("A-2").put()
			.uri("/api/v1/supporters/A-2/availability")
			.bodyValue(Map.of("zone", "Mars/Olympus", "windows",
					List.of(Map.of("day", "FUNDAY", "start", "25:00", "end", "08:00")))),
				"zone", "windows[0].day", "windows[0].start");
		problem(staff("A-2").put()
			.uri("/api/v1/supporters/A-2/availability")
			.bodyValue(Map.of("zone", "UTC", "windows",
					List.of(Map.of("day", "MONDAY", "start", "18:00", "end", "08:00")))),
				"windows[0].end");
		problem(staff("AC-1").put()
			.uri("/api/v1/clinicians/AC-1/match-preferences")
			.bodyValue(Map.of("languages", List.of("en us"), "departmentChoice", "ELSEWHERE")), "languages[0]",
				"departmentChoice");
		problem(admin().post()
			.uri("/api/v1/supporters/A-2/training")
			.bodyValue(Map.of("kind", "YOGA", "completedOn", "yesterday")), "kind", "completedOn");
		problem(admin().post()
			.uri("/api/v1/supporters/A-2/training")
			.bodyValue(Map.of("kind", "CORE_5H", "completedOn", "2026-01-10", "expiresOn", "2025-01-10")), "expiresOn");
		// An unreadable body is refused by the framework's problem handler, without a
		// field.
		problem(admin().post()
			.uri("/api/v1/supporters/A-2/training")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"kind\":"));
		admin().post()
			.uri("/api/v1/supporters/NOBODY/pause")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		admin().get()
			.uri("/api/v1/supporters/AC-1/load")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("AC-1 is not a peer supporter");
		staff("NOBODY").put()
			.uri("/api/v1/clinicians/NOBODY/match-preferences")
			.bodyValue(Map.of("languages", List.of("en")))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	private void problem(WebTestClient.RequestHeadersSpec<?> request, String... fields) {
		WebTestClient.BodyContentSpec body = request.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody();
		for (String field : fields) {
			body.jsonPath("$.errors[?(@.field == '" + field + "')]").exists();
		}
	}

	private String explanationText(Map<String, Object> offer) {
		return admin().get()
			.uri("/api/v1/offers/{id}/explanation", offer.get("id"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.ResponseSpec answer(Map<String, Object> offer, String answer) {
		return staff(offer.get("supporter_id")).post()
			.uri("/api/v1/supporters/{s}/offers/{o}/{a}", offer.get("supporter_id"), offer.get("id"), answer)
			.exchange();
	}

	private List<Map<String, Object>> awaitOffers(String caseId, int count) {
		await().atMost(PATIENCE)
			.until(() -> offers(caseId).size() == count
					&& offers(caseId).stream().filter((o) -> "OFFERED".equals(o.get("status"))).count() == 1);
		return offers(caseId);
	}

	private List<Map<String, Object>> offers(String caseId) {
		return this.jdbc.queryForList(
				"SELECT id, supporter_id, status, expires_at FROM offer WHERE case_id = ? ORDER BY offered_at, answered_at NULLS LAST",
				UUID.fromString(caseId));
	}

	@Test
	void anEntryQueuedForRepublicationIsPublishedOnceAsTheMemberStandsNow() {
		String run = java.util.UUID.randomUUID().toString().substring(0, 8);
		String supporter = "RP-1-" + run;
		importRoster("staffId,name,email,department,role,supervisorId,supporter,trained,maxActive,startedOn\n"
				+ supporter + ",Pat Peer,,D-REPUB,RN,,true,true,3,2026-07-01\n");
		await().atMost(PATIENCE).until(() -> entries(supporter) == 1);
		// What V46 does for every member after the upgrade: the roster did not change, so
		// nothing else would publish them again.
		this.jdbc.update("INSERT INTO directory_republication (staff_id) VALUES (?)", supporter);
		while (this.directory.publishQueued(500) > 0) {
			// others' queued rows, if any, go too
		}
		await().atMost(PATIENCE).until(() -> entries(supporter) == 2);
		assertThat(latestEntry(supporter)).contains("\"supporter\":true", "\"maxActive\":3",
				"\"startedOn\":\"2026-07-01\"");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM directory_republication WHERE staff_id = ?",
				Integer.class, supporter))
			.isZero();
		assertThat(this.directory.publishQueued(500)).as("each once").isZero();
		assertThat(entries(supporter)).isEqualTo(2);
	}

	private static long entries(String staffId) {
		return records(Topics.STAFF_DIRECTORY).stream().filter((r) -> staffId.equals(r.key())).count();
	}

	private String requestReason(String caseId) {
		List<String> reasons = this.jdbc.query("SELECT reason FROM match_request WHERE case_id = ?",
				(rs, row) -> rs.getString("reason"), UUID.fromString(caseId));
		return reasons.isEmpty() ? null : reasons.get(0);
	}

	private static Instant instant(Object timestamp) {
		return ((java.sql.Timestamp) timestamp).toInstant();
	}

	private static String latestEntry(String staffId) {
		List<ConsumerRecord<String, String>> entries = records(Topics.STAFF_DIRECTORY).stream()
			.filter((r) -> staffId.equals(r.key()))
			.toList();
		return entries.isEmpty() ? "" : entries.get(entries.size() - 1).value();
	}

	private static String due(String staffId, List<String> coInvolved, boolean highImpact, Instant respondBy)
			throws Exception {
		return TestEvents.due(CLOCK.instant(), staffId, coInvolved, highImpact, respondBy);
	}

	private static List<ConsumerRecord<String, String>> records(String topic) {
		return TopicReader.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(topic));
	}

}
