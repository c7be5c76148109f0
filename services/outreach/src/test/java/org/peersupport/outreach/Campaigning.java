package org.peersupport.outreach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.outreach.campaign.CampaignProgress;
import org.peersupport.shredding.PersonKeys;
import org.peersupport.testkit.TestIdentity;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the campaign tests do over HTTP and the broker: define, follow, pause and resume
 * campaigns as the program's administrator; send directory entries and check-ins; read
 * what went to matching.
 */
final class Campaigning {

	static final Duration PATIENCE = Duration.ofSeconds(60);

	private final WebTestClient web;

	private final WebTestClient admin;

	private final Clock clock;

	private final PersonKeys keys;

	Campaigning(WebTestClient web, Clock clock, PersonKeys keys) {
		this.keys = keys;
		this.web = web;
		this.admin = as(TestIdentity.get().administrator());
		this.clock = clock;
	}

	WebTestClient as(String token) {
		return this.web.mutate().defaultHeaders(TestIdentity.bearer(token)).build();
	}

	WebTestClient admin() {
		return this.admin;
	}

	String define(Map<String, Object> definition) {
		return this.admin.post()
			.uri("/api/v1/campaigns")
			.bodyValue(definition)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	Map<String, Object> campaign(String id) {
		return this.admin.get()
			.uri("/api/v1/campaigns/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	/** The campaign's progress, as the listing shows it. */
	CampaignProgress progress(String id) {
		List<CampaignProgress> listed = this.admin.get()
			.uri("/api/v1/campaigns")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Listed.class)
			.returnResult()
			.getResponseBody()
			.stream()
			.filter((c) -> c.id().equals(id))
			.map(Listed::progress)
			.toList();
		assertThat(listed).hasSize(1);
		return listed.get(0);
	}

	void awaitProgress(String id, Predicate<CampaignProgress> condition) {
		await().atMost(PATIENCE).until(() -> progress(id), condition::test);
	}

	/** Waits until the campaign's timer has fired at the clock's present time. */
	void awaitTick(String id) {
		await().atMost(PATIENCE).until(() -> {
			Object next = campaign(id).get("nextTickAt");
			return next != null && Instant.parse(next.toString()).isAfter(this.clock.instant());
		});
	}

	/**
	 * Waits until the timers fired what is due at the clock's present time: a probe
	 * campaign opening now has ticked (timers fire earliest first). A check that nothing
	 * happened follows this, so it cannot pass merely because nothing was processed yet.
	 */
	void awaitTimersCaughtUp(String run) {
		// A department nobody is in: its tick opens nothing (and takes no capacity), and
		// completes it.
		String probe = define(Map.of("name", "Probe " + run, "kind", "ON_DATE", "cohort",
				Map.of("departments", List.of("PROBE-" + UUID.randomUUID())), "opensAt",
				this.clock.instant().toString(), "pace", Map.of("kind", "PER_DAY", "casesPerDay", 1)));
		await().atMost(PATIENCE).until(() -> "COMPLETED".equals(campaign(probe).get("status")));
	}

	/**
	 * Pauses every active campaign, so a test that counts capacity is not disturbed by an
	 * earlier attempt's campaign.
	 */
	void pauseAll() {
		this.admin.get()
			.uri("/api/v1/campaigns")
			.exchange()
			.expectBodyList(Listed.class)
			.returnResult()
			.getResponseBody()
			.stream()
			.filter((c) -> "ACTIVE".equals(c.status()))
			.forEach((c) -> act(c.id(), "pause").expectStatus().isOk());
	}

	/** POSTs pause or resume. */
	WebTestClient.ResponseSpec act(String id, String action) {
		return this.admin.post().uri("/api/v1/campaigns/{id}/" + action, id).exchange();
	}

	StaffDirectoryEntry person(String staffId, String role, String department, LocalDate startedOn) {
		// As matching publishes it: the name sealed with the person's key.
		return new StaffDirectoryEntry(staffId, this.keys.seal(staffId, "Name " + staffId), staffId + "@hospital.test",
				department, role, null, false, false, null, true, 0, this.clock.instant(), startedOn);
	}

	StaffDirectoryEntry supporter(String staffId, int maxActive) {
		return new StaffDirectoryEntry(staffId, this.keys.seal(staffId, "Peer " + staffId), staffId + "@hospital.test",
				"PEERS", "RN", null, true, true, null, true, maxActive, this.clock.instant(), null);
	}

	void checkin(String caseId, String staffId, ContactOutcome contact) {
		OutreachTraffic.send(Events.CHECKIN_COMPLETED, staffId, caseId,
				new CheckinCompleted(UUID.randomUUID().toString(), caseId, UUID.randomUUID().toString(), staffId, "P-1",
						null, contact, List.of(), List.of(), false, false, false, "MAIN", this.clock.instant()));
	}

	/** What went to matching for these staff; {@code run} is in all their ids. */
	static List<OutreachDue> dues(String run, List<String> staffIds) {
		Set<String> wanted = Set.copyOf(staffIds);
		return OutreachTraffic.published(Topics.OUTREACH_DUE, run)
			.stream()
			.map((r) -> OutreachTraffic.data(r, Events.OUTREACH_DUE))
			.filter((d) -> wanted.contains(d.staffId()))
			.toList();
	}

	/** Waits until this many records went to matching for these staff. */
	static List<OutreachDue> awaitDues(String run, List<String> staffIds, int count) {
		return await().atMost(PATIENCE).until(() -> dues(run, staffIds), (dues) -> dues.size() == count);
	}

	/** The listing's shape, as far as the tests read it. */
	record Listed(String id, String status, CampaignProgress progress) {
	}

}
