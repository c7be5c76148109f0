package org.peersupport.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.contracts.events.DebriefFacilitatorsMatched;
import org.peersupport.contracts.events.DebriefInvitee;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.NeedCode;
import org.peersupport.contracts.events.OutreachClosed;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.contracts.events.TeamDebriefRecorded;
import org.peersupport.contracts.events.TeamDebriefScheduled;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peersupport.dashboard.DashboardServer.display;
import static org.awaitility.Awaitility.await;

/**
 * Reach broken down by how the case started, and every case figure filtered to one way
 * in, on the real broker and database. Each run uses a facility of its own, so records of
 * earlier runs or other tests on the shared topics never change its figures; the smallest
 * cell is 1, because what is under test here is the counting (suppression applies to
 * these tables as to all others, and is tested in DashboardIT).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "peersupport.dashboard.min-cell-size=1")
class CaseSourceIT {

	private static final Instant BASE = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

	private static final String FACILITY = "SRC-" + UUID.randomUUID().toString().substring(0, 8);

	private static boolean fed;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		DashboardServer.infrastructure(registry, "case-source-it");
	}

	/**
	 * Six own requests, five reached; five colleague referrals, one of them to someone
	 * who opted out (closed at once: only a closed event, never a due one); two campaign
	 * cases; and six incident cases from a service that did not carry the source yet.
	 */
	@BeforeEach
	void program() {
		if (fed) {
			return;
		}
		try (Feed feed = new Feed()) {
			for (int i = 1; i <= 6; i++) {
				String clinician = staff("SELF", i);
				String caseId = due(feed, clinician, CaseSource.SELF_REQUEST);
				String offer = feed.offered(caseId, clinician, "S-1", BASE.plus(i, ChronoUnit.MINUTES));
				feed.accepted(offer, caseId, clinician, "S-1", BASE.plus(i + 10, ChronoUnit.MINUTES));
				if (i <= 5) {
					feed.checkin(caseId, clinician, null, ContactOutcome.REACHED, BASE.plus(1, ChronoUnit.HOURS));
				}
			}
			for (int i = 1; i <= 4; i++) {
				String clinician = staff("WORD", i);
				feed.offered(due(feed, clinician, CaseSource.COLLEAGUE_REFERRAL), clinician, "S-2",
						BASE.plusSeconds(60));
			}
			String optedOut = staff("WORD", 5);
			feed.send(Events.OUTREACH_CLOSED, optedOut, new OutreachClosed(UUID.randomUUID().toString(), optedOut,
					CloseReason.OPTED_OUT, FACILITY, BASE, CaseSource.COLLEAGUE_REFERRAL));
			for (int i = 1; i <= 2; i++) {
				due(feed, staff("CAMP", i), CaseSource.CAMPAIGN);
			}
			for (int i = 1; i <= 6; i++) {
				dueWithoutSource(feed, staff("OLD", i));
			}
			debriefs(feed);
		}
		fed = true;
	}

	@Test
	void reachIsBrokenDownByHowTheCaseStartedWithOldRecordsCountedAsIncidents() {
		String json = awaitCases(19, "");
		assertThat(display(json, "reach-by-source", "SELF_REQUEST", 0)).isEqualTo("6");
		assertThat(display(json, "reach-by-source", "SELF_REQUEST", 1)).isEqualTo("6");
		assertThat(display(json, "reach-by-source", "SELF_REQUEST", 3)).isEqualTo("5");
		assertThat(display(json, "reach-by-source", "COLLEAGUE_REFERRAL", 0))
			.as("the opted-out colleague is counted, from the closed event alone")
			.isEqualTo("5");
		assertThat(display(json, "reach-by-source", "INCIDENT", 0)).isEqualTo("6");
		assertThat(display(json, "reach-by-source", "CAMPAIGN", 0)).isEqualTo("2");
		assertThat(display(json, "reach-by-source", "CAMPAIGN", 1)).isEqualTo("0");
		assertThat(display(json, "reach-by-source", "all", 0)).isEqualTo("19");
	}

	@Test
	void everyCaseFigureCanBeLimitedToOneWayIn() {
		awaitCases(19, "");
		String json = awaitCases(6, "&source=SELF_REQUEST");
		assertThat(display(json, "outcomes", "OPEN", 0)).isEqualTo("6");
		assertThat(display(json, "timeliness", "report-to-offer", 0)).isEqualTo("6");
		assertThat(display(json, "reach", "involved", 0))
			.as("reported events are incidents: none of them is a self request")
			.isEqualTo("0");
		String referrals = awaitCases(5, "&source=COLLEAGUE_REFERRAL");
		assertThat(display(referrals, "outcomes", "OPTED_OUT", 0)).isEqualTo("1");
		assertThat(JsonPath.<List<String>>read(referrals, "$.tables['reach-by-source'].rows[*].key"))
			.containsExactly("COLLEAGUE_REFERRAL", "all");
	}

	/**
	 * A team debrief belongs to a team event, not to one case: it shows under the
	 * {@code TEAM} source and under no other.
	 */
	@Test
	void teamDebriefsAreCountedByWhatBecameOfThemWithTheirAttendanceAndDelay() {
		String[] json = new String[1];
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			json[0] = DashboardServer.summary(this.port, "?facility=" + FACILITY);
			assertThat(display(json[0], "team-debriefs", "held", 0)).isEqualTo("1");
			assertThat(display(json[0], "team-debriefs", "unstaffed", 0)).isEqualTo("1");
		});
		assertThat(display(json[0], "team-debriefs", "scheduled", 0)).isEqualTo("2");
		assertThat(display(json[0], "team-debriefs", "scheduled", 1)).as("people invited").isEqualTo("10");
		assertThat(display(json[0], "team-debriefs", "staffed", 0)).isEqualTo("1");
		assertThat(display(json[0], "team-debriefs", "held", 1)).isEqualTo("6");
		assertThat(display(json[0], "team-debriefs", "not-held", 0)).isEqualTo("0");
		assertThat(display(json[0], "team-debriefs", "attended", 1)).isEqualTo("5");
		assertThat(display(json[0], "team-debriefs", "median-hours", 0)).isEqualTo("20.0 h");
		String team = DashboardServer.summary(this.port, "?facility=" + FACILITY + "&source=TEAM");
		assertThat(display(team, "team-debriefs", "scheduled", 0)).isEqualTo("2");
		String own = DashboardServer.summary(this.port, "?facility=" + FACILITY + "&source=SELF_REQUEST");
		assertThat(display(own, "team-debriefs", "scheduled", 0)).isEqualTo("0");
	}

	@Test
	void anUnknownSourceIsAProblemNamingTheParameter() {
		DashboardServer.director(this.port)
			.get()
			.uri("/api/v1/summary?source=GOSSIP")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("source");
	}

	private String awaitCases(int cases, String filter) {
		String[] json = new String[1];
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			json[0] = DashboardServer.summary(this.port, "?facility=" + FACILITY + filter);
			assertThat(display(json[0], "outcomes", "all", 0)).isEqualTo(String.valueOf(cases));
		});
		return json[0];
	}

	private static String due(Feed feed, String clinician, CaseSource source) {
		String caseId = UUID.randomUUID().toString();
		feed.send(Events.OUTREACH_DUE, clinician, new OutreachDue(caseId, clinician, List.of(), List.of(),
				HarmLevel.UNKNOWN, false, FACILITY, null, BASE, BASE, BASE.plus(4, ChronoUnit.HOURS), source));
		return caseId;
	}

	/**
	 * An outreach.due.v1 record as a service before sources wrote it: no field at all.
	 */
	private static void dueWithoutSource(Feed feed, String clinician) {
		OutreachDue due = new OutreachDue(UUID.randomUUID().toString(), clinician, List.of("e"), List.of(),
				HarmLevel.MODERATE, false, FACILITY, null, BASE, BASE, BASE.plus(24, ChronoUnit.HOURS));
		EventEnvelope envelope = EventEnvelope.wrap(Events.OUTREACH_DUE, "/test", clinician, Instant.now(), due,
				EventJson.mapper());
		ObjectNode json = EventJson.mapper().valueToTree(envelope);
		((ObjectNode) json.get("data")).remove("source");
		feed.resend(Topics.OUTREACH_DUE, clinician, EventJson.mapper().treeToValue(json, EventEnvelope.class));
	}

	/**
	 * Two debriefs: one for six people, staffed and held 20 hours after it was proposed
	 * with five attending; one for four, which nobody could facilitate.
	 */
	private static void debriefs(Feed feed) {
		String held = UUID.randomUUID().toString();
		String unstaffed = UUID.randomUUID().toString();
		feed.send(Events.TEAM_DEBRIEF_SCHEDULED, held, scheduled(held, 6));
		feed.send(Events.TEAM_DEBRIEF_SCHEDULED, unstaffed, scheduled(unstaffed, 4));
		feed.send(Events.DEBRIEF_FACILITATORS_MATCHED, held,
				new DebriefFacilitatorsMatched(held, List.of(staff("FAC", 1)), 1, BASE.plusSeconds(60)));
		feed.send(Events.DEBRIEF_FACILITATORS_MATCHED, unstaffed,
				new DebriefFacilitatorsMatched(unstaffed, List.of(), 1, BASE.plusSeconds(60)));
		feed.send(Events.TEAM_DEBRIEF_RECORDED, held, new TeamDebriefRecorded(held, FACILITY, true, 5,
				List.of(NeedCode.SLEEP), BASE.plus(21, ChronoUnit.HOURS)));
	}

	private static TeamDebriefScheduled scheduled(String debriefId, int invited) {
		List<DebriefInvitee> invitees = new java.util.ArrayList<>();
		for (int i = 1; i <= invited; i++) {
			invitees.add(new DebriefInvitee(staff(debriefId.substring(0, 4), i), "EMAIL"));
		}
		return new TeamDebriefScheduled(debriefId, FACILITY, BASE.plus(20, ChronoUnit.HOURS), "Room 4B", null, 1,
				invitees.stream().map(DebriefInvitee::staffId).toList(), invitees, BASE.plusSeconds(30), BASE);
	}

	private static String staff(String kind, int i) {
		return FACILITY + "-" + kind + "-" + i;
	}

}
