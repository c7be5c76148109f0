package org.peersupport.referral.crisis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.CrisisAcknowledged;
import org.peersupport.contracts.events.CrisisRaised;
import org.peersupport.contracts.events.TalkNowRequested;
import org.peersupport.persistence.timer.SchedulerLifecycle;
import org.peersupport.referral.CheckinFeed;
import org.peersupport.referral.ReferralServiceTest;
import org.peersupport.testkit.TestIdentity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.StatusAssertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The crisis path end to end: a flagged check-in on the real broker raises the crisis, a
 * real HTTP pager gateway pages the on-call rota with retries and escalation as time
 * moves, and an acknowledgement stops it.
 */
class CrisisPathIT extends ReferralServiceTest {

	private static final Duration ACKNOWLEDGE_WITHIN = Duration.ofMinutes(5);

	private static final PagerGateway gateway = new PagerGateway();

	private static final String GROUP = "referral-crisis-it-" + UUID.randomUUID();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		infrastructure(registry, GROUP);
		registry.add("peersupport.referral.crisis.pager-url", gateway::url);
		registry.add("peersupport.referral.crisis.acknowledge-within", ACKNOWLEDGE_WITHIN::toString);
		registry.add("peersupport.referral.crisis.retry-after-failed-page", () -> "1m");
		registry.add("resilience4j.retry.instances.pager.wait-duration", () -> "50ms");
		// Generous, so that on a loaded machine every attempt reaches the gateway: a page
		// recorded means every request of it was answered.
		registry.add("peersupport.referral.crisis.pager-timeout", () -> "30s");
	}

	@AfterAll
	static void stopGateway() {
		gateway.close();
	}

	@Autowired
	CircuitBreakerRegistry breakers;

	@Autowired
	Crises crises;

	@Autowired
	SchedulerLifecycle timers;

	@BeforeEach
	void rotaOfTwoLeadsAndAClosedCircuit() {
		// Crises raised by check-ins other test classes left on the topic, or by a test
		// that failed, must not page this gateway during the next test.
		await().atMost(PATIENCE).until(() -> CheckinFeed.caughtUp(GROUP));
		this.crises.list(true).forEach((crisis) -> this.crises.acknowledge(crisis.id(), "LEAD-1"));
		await().atMost(PATIENCE).until(() -> this.timers.currentlyExecuting().isEmpty());
		// Tests fail the gateway on purpose; each starts with the breaker closed again.
		this.breakers.circuitBreaker(Pager.RESILIENCE).reset();
		gateway.failNext(0);
		administrator().put()
			.uri("/api/v1/on-call")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(
					"[{\"leadId\":\"LEAD-1\",\"pagerId\":\"PAGER-1\"},{\"leadId\":\"LEAD-2\",\"pagerId\":\"PAGER-2\"}]")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].leadId")
			.isEqualTo("LEAD-1");
	}

	@Test
	void aCrisisPagesLeadOneWithRetriesEscalatesToLeadTwoAndStopsWhenAcknowledged() throws Exception {
		gateway.failNext(2);
		String staffId = "CRISIS-" + UUID.randomUUID();
		CheckinCompleted checkin = CheckinFeed.checkin(staffId, "MAIN", false, true);
		CheckinFeed.send(CheckinFeed.envelope(checkin));

		CrisisRaised raised = await().atMost(PATIENCE)
			.until(() -> onlyData(Topics.REFERRALS_CRISIS, staffId, Events.CRISIS_RAISED), (found) -> found != null);
		assertThat(raised.caseId()).isEqualTo(checkin.caseId());
		assertThat(raised.supporterId()).isEqualTo("SUP-1");
		String crisisId = raised.crisisId();

		// Lead 1: two 503s, then delivered on the third try of the same page.
		await().atMost(PATIENCE).until(() -> pages(crisisId).size() == 1);
		assertThat(gateway.requestsFor(crisisId)).extracting(PagerGateway.Received::leadId)
			.containsExactly("LEAD-1", "LEAD-1", "LEAD-1");
		assertThat(gateway.requestsFor(crisisId)).extracting(PagerGateway.Received::status)
			.containsExactly(503, 503, 202);
		JsonNode page = gateway.requestsFor(crisisId).get(2).page();
		assertThat(page.get("pagerId").asString()).isEqualTo("PAGER-1");
		assertThat(page.toString()).doesNotContain(staffId);
		assertThat(openCrisisIds()).contains(crisisId);

		// Nobody acknowledges: nothing more happens until the acknowledgement window has
		// passed.
		await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> gateway.requestsFor(crisisId).size() == 3);
		this.clock.advance(ACKNOWLEDGE_WITHIN.plusSeconds(1));
		await().atMost(PATIENCE).until(() -> pages(crisisId).size() == 2);
		assertThat(gateway.requestsFor(crisisId)).hasSize(4);
		assertThat(gateway.requestsFor(crisisId).get(3).leadId()).isEqualTo("LEAD-2");

		// The lead who acknowledges is the token's: no body names them.
		acknowledge(crisisId, "LEAD-2").isOk().expectBody().jsonPath("$.acknowledgedBy").isEqualTo("LEAD-2");
		// A second acknowledgement, by someone else, answers with the first.
		acknowledge(crisisId, "LEAD-1").isOk().expectBody().jsonPath("$.acknowledgedBy").isEqualTo("LEAD-2");

		CrisisAcknowledged acknowledged = await().atMost(PATIENCE)
			.until(() -> onlyData(Topics.REFERRALS_CRISIS_ACKNOWLEDGED, staffId, Events.CRISIS_ACKNOWLEDGED),
					(found) -> found != null);
		assertThat(acknowledged.crisisId()).isEqualTo(crisisId);
		assertThat(acknowledged.acknowledgedBy()).isEqualTo("LEAD-2");
		assertThat(acknowledged.raisedAt()).isEqualTo(raised.raisedAt());

		// Paging has stopped, however much time passes.
		this.clock.advance(ACKNOWLEDGE_WITHIN.multipliedBy(3));
		await().during(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> gateway.requestsFor(crisisId).size() == 4);
		assertThat(CheckinFeed.recordsFor(Topics.REFERRALS_CRISIS_ACKNOWLEDGED, staffId)).hasSize(1);
		assertThat(openCrisisIds()).doesNotContain(crisisId);
		lead("LEAD-1").get()
			.uri("/api/v1/crises/{id}/pages", crisisId)
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(2)
			.jsonPath("$[0].leadId")
			.isEqualTo("LEAD-1")
			.jsonPath("$[0].delivered")
			.isEqualTo(true)
			.jsonPath("$[1].leadId")
			.isEqualTo("LEAD-2");
	}

	@Test
	void aClinicianWhoAsksToTalkNowRaisesTheCrisisPathOnceAndTheOnCallLeadIsPagedAtOnce() throws Exception {
		String staffId = "TALK-NOW-" + UUID.randomUUID();
		TalkNowRequested request = new TalkNowRequested(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
				staffId, null, Instant.now());
		String envelope = EventJson.mapper()
			.writeValueAsString(EventEnvelope.wrap(Events.TALK_NOW_REQUESTED, "/peersupport/outreach",
					request.requestId(), Instant.now(), request, EventJson.mapper()));
		// Redelivered: raised, and paged, once.
		CheckinFeed.sendTo(Topics.OUTREACH_TALK_NOW, staffId, envelope);
		CheckinFeed.sendTo(Topics.OUTREACH_TALK_NOW, staffId, envelope);

		CrisisRaised raised = await().atMost(PATIENCE)
			.until(() -> onlyData(Topics.REFERRALS_CRISIS, staffId, Events.CRISIS_RAISED), (found) -> found != null);
		assertThat(raised.caseId()).isEqualTo(request.caseId());
		assertThat(raised.supporterId()).as("nobody but the clinician raised it").isNull();
		await().atMost(PATIENCE).until(() -> pages(raised.crisisId()).size() == 1);
		assertThat(gateway.requestsFor(raised.crisisId())).extracting(PagerGateway.Received::leadId)
			.containsExactly("LEAD-1");
		assertThat(gateway.requestsFor(raised.crisisId()).get(0).page().toString()).doesNotContain(staffId);
		await().during(Duration.ofSeconds(1))
			.atMost(PATIENCE)
			.until(() -> CheckinFeed.recordsFor(Topics.REFERRALS_CRISIS, staffId).size() == 1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM crisis WHERE staff_id = ?", Integer.class, staffId))
			.isEqualTo(1);
		acknowledge(raised.crisisId());
	}

	@Test
	void escalationCyclesThroughTheRotaAndAFailedPageMovesOnToTheNextLead() throws Exception {
		String staffId = "CRISIS-" + UUID.randomUUID();
		CheckinFeed.send(CheckinFeed.envelope(CheckinFeed.checkin(staffId, null, false, true)));
		String crisisId = await().atMost(PATIENCE)
			.until(() -> onlyData(Topics.REFERRALS_CRISIS, staffId, Events.CRISIS_RAISED), (found) -> found != null)
			.crisisId();
		await().atMost(PATIENCE).until(() -> pages(crisisId).size() == 1);

		// Lead 2's pager fails on every retry: the page counts as failed and the next
		// lead
		// (lead 1 again, the rota wraps) is paged after the shorter failure interval.
		gateway.failNext(3);
		this.clock.advance(ACKNOWLEDGE_WITHIN.plusSeconds(1));
		await().atMost(PATIENCE).until(() -> pages(crisisId).size() == 2);
		assertThat(gateway.requestsFor(crisisId)).extracting(PagerGateway.Received::leadId)
			.containsExactly("LEAD-1", "LEAD-2", "LEAD-2", "LEAD-2");
		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		await().atMost(PATIENCE).until(() -> pages(crisisId).size() == 3);
		assertThat(gateway.requestsFor(crisisId)).hasSize(5);
		assertThat(gateway.requestsFor(crisisId).get(4).leadId()).isEqualTo("LEAD-1");

		// The escalation state is durable: the rota position and the next page's timer
		// are
		// rows.
		assertThat(this.jdbc.queryForObject("SELECT next_position FROM crisis WHERE id = ?", Integer.class, crisisId))
			.isEqualTo(3);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM scheduled_tasks WHERE task_name = 'crisis-paging' AND task_instance = ?",
				Integer.class, crisisId))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForList("SELECT delivered FROM crisis_page WHERE crisis_id = ? ORDER BY id",
				Boolean.class, crisisId))
			.containsExactly(true, false, true);
		acknowledge(crisisId);
	}

	@Test
	void aGatewayThatKeepsFailingOpensTheCircuitAndPagingGoesOnBeingRecorded() throws Exception {
		gateway.failNext(1000);
		String staffId = "CRISIS-" + UUID.randomUUID();
		CheckinFeed.send(CheckinFeed.envelope(CheckinFeed.checkin(staffId, "MAIN", false, true)));
		String crisisId = await().atMost(PATIENCE)
			.until(() -> onlyData(Topics.REFERRALS_CRISIS, staffId, Events.CRISIS_RAISED), (found) -> found != null)
			.crisisId();
		await().atMost(PATIENCE).until(() -> pages(crisisId).size() == 1);
		assertThat(gateway.requestsFor(crisisId)).hasSize(3);
		// Two more failures reach the breaker's minimum of five calls at 100% failures:
		// it
		// opens, and the third try of the second page is not even sent.
		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		await().atMost(PATIENCE).until(() -> pages(crisisId).size() == 2);
		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		await().atMost(PATIENCE).until(() -> pages(crisisId).size() == 3);
		assertThat(gateway.requestsFor(crisisId)).hasSize(5);
		assertThat(pages(crisisId)).extracting(PageAttempt::leadId).containsExactly("LEAD-1", "LEAD-2", "LEAD-1");
		assertThat(pages(crisisId)).extracting(PageAttempt::delivered).containsExactly(false, false, false);
		assertThat(pages(crisisId).get(0).failure()).contains("HTTP 503");
		assertThat(pages(crisisId).get(2).failure()).isEqualTo("pager circuit open");
		acknowledge(crisisId);
	}

	@Test
	void aCheckinDeliveredTwiceRaisesOneCrisis() throws Exception {
		String staffId = "CRISIS-" + UUID.randomUUID();
		CheckinCompleted checkin = CheckinFeed.checkin(staffId, "MAIN", false, true);
		EventEnvelope envelope = CheckinFeed.envelope(checkin);
		CheckinFeed.send(envelope);
		CheckinFeed.send(envelope);
		// The same check-in again under a new event id (a producer retry) is no new
		// crisis
		// either.
		CheckinFeed.send(CheckinFeed.envelope(checkin));
		await().atMost(PATIENCE).until(() -> !CheckinFeed.recordsFor(Topics.REFERRALS_CRISIS, staffId).isEmpty());
		await().during(Duration.ofSeconds(2))
			.atMost(PATIENCE)
			.until(() -> CheckinFeed.recordsFor(Topics.REFERRALS_CRISIS, staffId).size() == 1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM crisis WHERE checkin_id = ?", Integer.class,
				checkin.checkinId()))
			.isEqualTo(1);
		acknowledge(onlyData(Topics.REFERRALS_CRISIS, staffId, Events.CRISIS_RAISED).crisisId());
	}

	@Test
	void badInputIsAProblemNamingTheField() {
		acknowledge("no-such-crisis", "LEAD-1").isNotFound();
		// Older clients' body: a lead id in it must be the caller's own and well formed.
		acknowledgeWithBody("no-such-crisis", "LEAD-1", "{\"leadId\":\"LEAD-1\"}").isNotFound();
		acknowledgeWithBody("no-such-crisis", "LEAD-1", "{\"leadId\":\"\"}").isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("leadId");
		administrator().put()
			.uri("/api/v1/on-call")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("[{\"leadId\":\"LEAD-1\",\"pagerId\":\"P 1\"},{\"leadId\":\"LEAD-1\",\"pagerId\":\"P2\"}]")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("[0].pagerId", "[1].leadId"));
	}

	@Test
	void aLeadAcknowledgesOnlyAsThemselves() throws Exception {
		String staffId = "CRISIS-" + UUID.randomUUID();
		CheckinFeed.send(CheckinFeed.envelope(CheckinFeed.checkin(staffId, "MAIN", false, true)));
		String crisisId = await().atMost(PATIENCE)
			.until(() -> onlyData(Topics.REFERRALS_CRISIS, staffId, Events.CRISIS_RAISED), (found) -> found != null)
			.crisisId();
		acknowledgeWithBody(crisisId, "LEAD-2", "{\"leadId\":\"LEAD-1\"}").isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		// A lead role without a staff id cannot be recorded as anyone.
		as(TestIdentity.get().token().subject("lead-without-staff-id").roles("ON_CALL_LEAD").sign()).post()
			.uri("/api/v1/crises/{id}/acknowledgement", crisisId)
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(openCrisisIds()).contains(crisisId);
		acknowledgeWithBody(crisisId, "LEAD-2", "{\"leadId\":\"LEAD-2\"}").isOk()
			.expectBody()
			.jsonPath("$.acknowledgedBy")
			.isEqualTo("LEAD-2");
	}

	private List<String> openCrisisIds() {
		return getList(lead("LEAD-1"), Crisis.class, "/api/v1/crises?open=true").stream().map(Crisis::id).toList();
	}

	private List<PageAttempt> pages(String crisisId) {
		return getList(lead("LEAD-1"), PageAttempt.class, "/api/v1/crises/{id}/pages", crisisId);
	}

	private void acknowledge(String crisisId) {
		acknowledge(crisisId, "LEAD-1").isOk();
	}

	/** The lead acknowledges with their own token and no body. */
	private StatusAssertions acknowledge(String crisisId, String leadId) {
		return lead(leadId).post().uri("/api/v1/crises/{id}/acknowledgement", crisisId).exchange().expectStatus();
	}

	private StatusAssertions acknowledgeWithBody(String crisisId, String leadId, String body) {
		return lead(leadId).post()
			.uri("/api/v1/crises/{id}/acknowledgement", crisisId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus();
	}

	private static <T> T onlyData(String topic, String staffId, org.peersupport.contracts.EventType<T> type) {
		List<ConsumerRecord<String, String>> records = CheckinFeed.recordsFor(topic, staffId);
		if (records.isEmpty()) {
			return null;
		}
		return EventJson.mapper()
			.readValue(records.get(0).value(), EventEnvelope.class)
			.dataAs(type, EventJson.mapper());
	}

}
