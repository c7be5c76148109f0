package org.peersupport.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.ContactChannel;
import org.peersupport.contracts.events.DepartmentPreference;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.contracts.events.SupportPreferences;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cases that no incident started reach a supporter like any other: a clinician's own
 * request, ranked by what they asked for (another department, a language), and a
 * colleague's referral, ranked as routine outreach. On the real broker and database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "peersupport.matching.batch.window=PT0S")
class EntryPathOffersIT extends MatchingIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	/**
	 * One roster for the class (its database is its own), so the pool holds exactly these
	 * two supporters.
	 */
	private final String run = RUN;

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void roster() {
		// One supporter like the clinicians (same department and role), one who is not
		// but speaks Spanish.
		importRoster("""
				staffId,name,email,department,role,supervisorId,supporter,trained,maxActive,languages
				%1$s-SC,Sol Clinician,sol-%1$s@h.test,ICU,RN,,false,false,0,
				%1$s-RC,Rae Colleague,rae-%1$s@h.test,ICU,RN,,false,false,0,
				%1$s-SA,Sam Alike,sam-%1$s@h.test,ICU,RN,,true,true,5,en
				%1$s-SB,Bea Elsewhere,bea-%1$s@h.test,ED,MD,,true,true,5,es
				""".formatted(this.run)).jsonPath("$.rejected.length()").isEqualTo(0);
	}

	@Test
	void aSelfRequestIsOfferedToTheSupporterWhoMeetsWhatTheClinicianAskedFor() {
		SupportPreferences asked = new SupportPreferences(DepartmentPreference.OTHER_DEPARTMENT, false, "es",
				ContactChannel.PHONE);
		String caseId = due(this.run + "-SC", CaseSource.SELF_REQUEST, asked);
		assertThat(offeredTo(caseId)).isEqualTo(this.run + "-SB");
		assertThat(this.jdbc.queryForObject("SELECT language FROM requested_support WHERE case_id = ?::uuid",
				String.class, caseId))
			.isEqualTo("es");
	}

	@Test
	void aColleaguesReferralIsOfferedAsRoutineOutreach() {
		String caseId = due(this.run + "-RC", CaseSource.COLLEAGUE_REFERRAL, null);
		assertThat(offeredTo(caseId)).as("the routine best: same role, similar work").isEqualTo(this.run + "-SA");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM requested_support WHERE case_id = ?::uuid",
				Integer.class, caseId))
			.isZero();
	}

	private String offeredTo(String caseId) {
		Map<String, Object> offer = SupporterTestSupport.awaitOffer(this.jdbc, caseId);
		await().atMost(PATIENCE)
			.until(() -> TopicReader
				.readAll(TestInfrastructure.kafka().bootstrapServers(), List.of(Topics.ASSIGNMENTS_OFFERED))
				.stream()
				.anyMatch((r) -> r.value().contains(caseId)));
		return String.valueOf(offer.get("supporter_id"));
	}

	private static String due(String staffId, CaseSource source, SupportPreferences preferences) {
		String caseId = UUID.randomUUID().toString();
		Instant now = CLOCK.instant();
		OutreachDue due = new OutreachDue(caseId, staffId, List.of(), List.of(), HarmLevel.UNKNOWN, false, null, null,
				now, now, now.plus(Duration.ofHours(4)), source, preferences);
		SupporterTestSupport.send(Topics.OUTREACH_DUE, staffId,
				EventEnvelope.wrap(Events.OUTREACH_DUE, "/test", caseId, now, due, EventJson.mapper()));
		return caseId;
	}

}
