package org.peersupport.matching.debrief;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.DebriefFacilitatorsMatched;
import org.peersupport.contracts.events.DebriefInvitee;
import org.peersupport.contracts.events.NeedCode;
import org.peersupport.contracts.events.TeamDebriefRecorded;
import org.peersupport.contracts.events.TeamDebriefScheduled;
import org.peersupport.matching.SupporterTestSupport;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peersupport.matching.SupporterTestSupport.PATIENCE;
import static org.peersupport.matching.SupporterTestSupport.text;

/**
 * A scheduled team debrief on the real broker, database and SMTP server: matching picks
 * facilitators by the debrief rules, announces them, invites the team by e-mail with no
 * names and nothing about the event, frees the facilitators' capacity once the outcome is
 * recorded, and does all of it once however often the schedule is delivered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class DebriefFacilitationIT {

	private static final int SMTP_PORT = SupporterTestSupport.freePort();

	private static GreenMail smtp = SupporterTestSupport.startMailServer(SMTP_PORT);

	@Autowired
	WebTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	/** This run's prefix, so reruns on the same database never see each other's staff. */
	private String run;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SupporterTestSupport.properties(registry, SMTP_PORT);
	}

	@AfterAll
	static void stopMail() {
		smtp.stop();
	}

	/**
	 * Staff of one ward: N-1 reports to M-1, who reports to M-2. Facilitators from
	 * earlier runs have their debrief training lapsed, so only this run's can be chosen.
	 */
	@BeforeEach
	void ward() {
		this.run = "D" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		this.jdbc
			.update("UPDATE training_record SET expires_on = DATE '2000-01-01' WHERE kind = 'DEBRIEF_FACILITATION'");
		SupporterTestSupport.importRoster(this.client, """
				staffId,name,email,department,role,supervisorId,supporter,trained,maxActive
				%1$s-N1,Nora Involved,n1-%1$s@hospital.test,ICU,RN,%1$s-M1,false,false,0
				%1$s-N2,Nils Involved,n2-%1$s@hospital.test,ICU,RN,,false,false,0
				%1$s-N3,Nadia Involved,n3-%1$s@hospital.test,ICU,RN,,true,true,5
				%1$s-N4,Noor Texter,n4-%1$s@hospital.test,ICU,RN,,false,false,0
				%1$s-M1,Mona Manager,m1-%1$s@hospital.test,ICU,Charge RN,%1$s-M2,true,true,5
				%1$s-M2,Max Director,m2-%1$s@hospital.test,ICU,Director,,true,true,5
				%1$s-F1,Fay Facilitator,f1-%1$s@hospital.test,ED,RN,,true,true,5
				%1$s-F2,Finn Facilitator,f2-%1$s@hospital.test,Surgery,MD,,true,true,5
				%1$s-U,Uma Untrained,u-%1$s@hospital.test,ED,RN,,true,true,5
				%1$s-FULL,Fred Full,full-%1$s@hospital.test,ED,RN,,true,true,0
				""".formatted(this.run));
		for (String trained : List.of("N3", "M1", "M2", "F1", "F2", "FULL")) {
			SupporterTestSupport.admin(this.client)
				.post()
				.uri("/api/v1/supporters/{id}/training", id(trained))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"kind\":\"DEBRIEF_FACILITATION\",\"completedOn\":\"2026-01-10\"}")
				.exchange()
				.expectStatus()
				.isCreated();
		}
	}

	@Test
	void trainedUninvolvedFacilitatorsOutsideTheLineAreChosenAndTheTeamIsInvitedWithoutNames() throws Exception {
		TeamDebriefScheduled scheduled = schedule(2, "N1", "N2", "N3", "N4");
		EventEnvelope envelope = send(scheduled);
		DebriefFacilitatorsMatched matched = awaitMatched(scheduled.debriefId());
		// Not U (no debrief training), N3 (involved), M1 and M2 (N1's line), FULL (no
		// capacity).
		assertThat(matched.facilitatorIds()).containsExactlyInAnyOrder(id("F1"), id("F2"));
		assertThat(matched.facilitatorsWanted()).isEqualTo(2);

		for (String invited : List.of("N1", "N2", "N3")) {
			MimeMessage invitation = awaitEmail(address(invited), "An invitation to a team debrief");
			String body = text(invitation);
			assertThat(body).contains("Room 4B", "team debrief", "Your team");
			// Their own name only: nobody else invited, no facilitator, no id, nothing
			// about
			// the event or where it happened.
			assertThat(body).contains(firstName(invited));
			for (String other : List.of("Nora", "Nils", "Nadia", "Noor", "Fay", "Finn", "Mona", "Max")) {
				if (!other.equals(firstName(invited))) {
					assertThat(body).as(invited + "'s invitation").doesNotContain(other);
				}
			}
			assertThat(body).doesNotContain(this.run, scheduled.debriefId(), "FACILITY-CANARY", "ICU", "RN");
		}
		for (String facilitator : List.of("F1", "F2")) {
			String body = text(awaitEmail(address(facilitator), "You are facilitating a team debrief"));
			assertThat(body).contains("Room 4B").doesNotContain("Nora", "Nils", "Nadia", "Noor", this.run + "-N");
		}
		// Noor prefers SMS, which the platform cannot send: recorded for the
		// administrator,
		// not e-mailed against her choice.
		assertThat(this.jdbc.queryForObject(
				"SELECT status FROM supporter_notification WHERE debrief_id = ?::uuid AND supporter_id = ?",
				String.class, scheduled.debriefId(), id("N4")))
			.isEqualTo("UNDELIVERABLE");
		assertThat(smtp.getReceivedMessages()).noneMatch((m) -> recipient(m).equalsIgnoreCase(address("N4")));

		// Redelivered: nothing new is chosen, announced or queued. A second debrief on
		// the
		// same key (so the same partition, behind the redelivery) shows it was read.
		SupporterTestSupport.send(Topics.OUTREACH_DEBRIEF_SCHEDULED, scheduled.debriefId(), envelope);
		TeamDebriefScheduled marker = schedule(1, "N2");
		SupporterTestSupport.send(Topics.OUTREACH_DEBRIEF_SCHEDULED, scheduled.debriefId(), EventEnvelope.wrap(
				Events.TEAM_DEBRIEF_SCHEDULED, "/test", marker.debriefId(), Instant.now(), marker, EventJson.mapper()));
		awaitMatched(marker.debriefId());
		assertThat(matchedFor(scheduled.debriefId())).hasSize(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM supporter_notification WHERE debrief_id = ?::uuid",
				Integer.class, scheduled.debriefId()))
			.isEqualTo(6);

		// A facilitation holds capacity until the outcome is recorded.
		assertThat(activeFacilitations(scheduled.debriefId())).isEqualTo(2);
		TeamDebriefRecorded recorded = new TeamDebriefRecorded(scheduled.debriefId(), null, true, 3,
				List.of(NeedCode.SLEEP), Instant.now());
		SupporterTestSupport.send(Topics.OUTREACH_DEBRIEF_RECORDED, scheduled.debriefId(),
				EventEnvelope.wrap(Events.TEAM_DEBRIEF_RECORDED, "/test", scheduled.debriefId(), Instant.now(),
						recorded, EventJson.mapper()));
		await().atMost(PATIENCE).until(() -> activeFacilitations(scheduled.debriefId()) == 0);
	}

	@Test
	void someoneInvolvedWhoOptedOutIsNotInvitedAndNeverFacilitates() {
		// F1 was involved but opted out of outreach: not invited, and not a facilitator.
		TeamDebriefScheduled scheduled = schedule(2, List.of("F1"), "N1", "N2", "N3");
		send(scheduled);
		assertThat(awaitMatched(scheduled.debriefId()).facilitatorIds()).containsExactly(id("F2"));
		assertThat(this.jdbc.queryForList(
				"SELECT supporter_id FROM supporter_notification WHERE debrief_id = ?::uuid AND kind = 'DEBRIEF_INVITATION'",
				String.class, scheduled.debriefId()))
			.containsExactlyInAnyOrder(id("N1"), id("N2"), id("N3"));
	}

	@Test
	void withNobodyEligibleNobodyIsInvitedAndTheAnswerSaysSo() {
		// Everyone trained is involved or in the line: F1 and F2 are the team this time.
		TeamDebriefScheduled scheduled = schedule(1, "N1", "N2", "F1", "F2", "N3");
		send(scheduled);
		DebriefFacilitatorsMatched matched = awaitMatched(scheduled.debriefId());
		assertThat(matched.facilitatorIds()).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM supporter_notification WHERE debrief_id = ?::uuid",
				Integer.class, scheduled.debriefId()))
			.isZero();
	}

	private TeamDebriefScheduled schedule(int wanted, String... invited) {
		return schedule(wanted, List.of(), invited);
	}

	/**
	 * @param notInvited involved but not invited (they opted out)
	 */
	private TeamDebriefScheduled schedule(int wanted, List<String> notInvited, String... invited) {
		List<String> involved = new ArrayList<>(Arrays.stream(invited).map(this::id).toList());
		notInvited.forEach((who) -> involved.add(id(who)));
		List<DebriefInvitee> invitees = Arrays.stream(invited)
			.map((who) -> new DebriefInvitee(id(who), who.equals("N4") ? "SMS" : "EMAIL"))
			.toList();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		return new TeamDebriefScheduled(UUID.randomUUID().toString(), "FACILITY-CANARY", now.plus(2, ChronoUnit.DAYS),
				"Room 4B", null, wanted, involved, invitees, now, now.minus(1, ChronoUnit.HOURS));
	}

	private EventEnvelope send(TeamDebriefScheduled scheduled) {
		EventEnvelope envelope = EventEnvelope.wrap(Events.TEAM_DEBRIEF_SCHEDULED, "/test", scheduled.debriefId(),
				Instant.now(), scheduled, EventJson.mapper());
		SupporterTestSupport.send(Topics.OUTREACH_DEBRIEF_SCHEDULED, scheduled.debriefId(), envelope);
		return envelope;
	}

	private DebriefFacilitatorsMatched awaitMatched(String debriefId) {
		return await().atMost(PATIENCE).until(() -> matchedFor(debriefId), (found) -> !found.isEmpty()).get(0);
	}

	/** Every announcement of this debrief. */
	private List<DebriefFacilitatorsMatched> matchedFor(String debriefId) {
		return TopicReader
			.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(Topics.ASSIGNMENTS_DEBRIEF_FACILITATORS))
			.stream()
			.map(ConsumerRecord::value)
			.map(DebriefFacilitationIT::envelope)
			.map((envelope) -> envelope.dataAs(Events.DEBRIEF_FACILITATORS_MATCHED, EventJson.mapper()))
			.filter((matched) -> matched.debriefId().equals(debriefId))
			.toList();
	}

	private static EventEnvelope envelope(String json) {
		return EventJson.mapper().readValue(json, EventEnvelope.class);
	}

	private int activeFacilitations(String debriefId) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM debrief_facilitator WHERE debrief_id = ?::uuid AND active", Integer.class,
				debriefId);
	}

	private MimeMessage awaitEmail(String to, String subject) {
		return await().atMost(PATIENCE)
			.until(() -> Arrays.stream(smtp.getReceivedMessages())
				.filter((m) -> recipient(m).equalsIgnoreCase(to) && subject(m).equals(subject))
				.findFirst(), java.util.Optional::isPresent)
			.get();
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String id(String who) {
		return this.run + "-" + who;
	}

	private String address(String who) {
		return who.toLowerCase(Locale.ROOT) + "-" + this.run + "@hospital.test";
	}

	private static String firstName(String who) {
		return switch (who) {
			case "N1" -> "Nora";
			case "N2" -> "Nils";
			case "N3" -> "Nadia";
			default -> "Noor";
		};
	}

}
