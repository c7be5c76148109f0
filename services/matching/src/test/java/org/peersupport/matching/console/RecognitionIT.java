package org.peersupport.matching.console;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.CasePurged;
import org.peersupport.matching.SupporterTestSupport;
import org.peersupport.testkit.TestIdentity;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The program's recognition of its supporters: each listed supporter's count of check-ins
 * over a period, as a page and as CSV, for administrators only. The count outlives the
 * check-in records (a case purge deletes them), a supporter who chose on their own page
 * not to be listed is absent, and a name cannot become a spreadsheet formula.
 */
class RecognitionIT extends ConsoleIntegrationTest {

	private static final String ROSTER = """
			staffId,name,email,department,role,supervisorId,supporter,trained,maxActive
			RC-A,Ada Able,ada@hospital.test,ED,RN,,true,true,5
			RC-B,Ben Bright,ben@hospital.test,ED,RN,,true,true,5
			RC-EQ,=Eve Equals,eve@hospital.test,ED,RN,,true,true,5
			RC-CLIN,Cody Clinician,cody@hospital.test,ICU,RN,,false,false,0
			""";

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@BeforeEach
	void roster() {
		SupporterTestSupport.importRoster(this.http, ROSTER);
	}

	@Test
	void checkinsAreCountedOverThePeriodAndTheCountSurvivesTheCasesPurge() throws Exception {
		Map<String, Object> offer = offerOnlyTo("RC-A", "RC-CLIN");
		String caseId = String.valueOf(offer.get("case_id"));
		accept(offer);
		checkin(offer, "NOT_REACHED");
		checkin(offer, "REACHED");
		// A check-in of two years ago: outside the default period of the last 12 months.
		tally("RC-A", Instant.now().minus(Duration.ofDays(700)), 1);

		assertThat(countOf(page("/console/recognition", HttpStatus.OK), "Ada Able")).isEqualTo("2");

		Instant now = Instant.now();
		SupporterTestSupport.send(Topics.OUTREACH_CASE_PURGED, "RC-CLIN",
				EventEnvelope.wrap(Events.CASE_PURGED, "/test", caseId, now,
						new CasePurged(caseId, "RC-CLIN", "MAIN", now.minus(Duration.ofDays(31)), now, true),
						EventJson.mapper()));
		await().atMost(SupporterTestSupport.PATIENCE)
			.until(() -> this.jdbc.queryForObject("SELECT count(*) FROM checkin WHERE case_id = ?::uuid", Integer.class,
					caseId) == 0);
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM offer WHERE case_id = ?::uuid", Integer.class, caseId))
			.as("the case is gone")
			.isZero();
		String after = page("/console/recognition", HttpStatus.OK);
		assertThat(countOf(after, "Ada Able")).as("the count outlives the purge").isEqualTo("2");
		assertThat(after).doesNotContain("Cody", caseId);
		String longer = page("/console/recognition?from=" + TODAY.minusYears(3) + "&to=" + TODAY, HttpStatus.OK);
		assertThat(countOf(longer, "Ada Able")).isEqualTo("3");
		String before = page("/console/recognition?from=" + TODAY.minusYears(3) + "&to=" + TODAY.minusYears(1),
				HttpStatus.OK);
		assertThat(countOf(before, "Ada Able")).isEqualTo("1");
	}

	@Test
	void aSupporterWhoChoseNotToBeListedIsAbsentFromThePageAndTheCsv() {
		tally("RC-B", Instant.now().minus(Duration.ofDays(3)), 3);
		assertThat(page("/console/recognition", HttpStatus.OK)).contains("Ben Bright");

		String portal = SupporterTestSupport
			.html(SupporterTestSupport.signedIn(this.context, "RC-B").get().uri("/portal/RC-B"), HttpStatus.OK);
		assertThat(portal).contains("List me in the program's recognition of supporters")
			.containsPattern("value=\"yes\" checked");
		// Nobody else makes the choice: not an administrator, not another supporter.
		post(admin(), "/portal/RC-B/recognition", "listed", "no").expectStatus().isForbidden();
		post(SupporterTestSupport.signedIn(this.context, "RC-A"), "/portal/RC-B/recognition", "listed", "no")
			.expectStatus()
			.isForbidden();
		assertThat(page("/console/recognition", HttpStatus.OK)).contains("Ben Bright");

		post(SupporterTestSupport.signedIn(this.context, "RC-B"), "/portal/RC-B/recognition", "listed", "no")
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/portal/RC-B?saved=recognition#recognition");
		assertThat(SupporterTestSupport.html(
				SupporterTestSupport.signedIn(this.context, "RC-B").get().uri("/portal/RC-B?saved=recognition"),
				HttpStatus.OK))
			.contains("Your choice is saved.")
			.containsPattern("value=\"no\" checked");

		assertThat(page("/console/recognition", HttpStatus.OK)).doesNotContain("Ben Bright");
		assertThat(csv("/console/recognition.csv")).doesNotContain("Ben Bright");
		post(SupporterTestSupport.signedIn(this.context, "RC-B"), "/portal/RC-B/recognition", "listed", "maybe")
			.expectStatus()
			.isBadRequest();
		post(SupporterTestSupport.signedIn(this.context, "RC-B"), "/portal/RC-B/recognition", "listed", "yes")
			.expectStatus()
			.isSeeOther();
		assertThat(csv("/console/recognition.csv")).contains("Ben Bright,3\r\n");
	}

	@Test
	void theCsvKeepsANameFromBecomingAFormula() {
		tally("RC-EQ", Instant.now().minus(Duration.ofDays(1)), 1);
		String csv = csv("/console/recognition.csv?from=" + TODAY.minusDays(5) + "&to=" + TODAY);
		assertThat(csv).startsWith("name,check-ins\r\n").containsPattern("\r\n'=Eve Equals,\\d+\r\n");
		assertThat(csv).doesNotContain("\n=Eve");
		// On the page the name is text, escaped ("=" as "&#x3D;").
		assertThat(page("/console/recognition", HttpStatus.OK)).contains("<td>&#x3D;Eve Equals</td>");
	}

	@Test
	void aBadPeriodIsShownNextToItsFieldAndOnlyAdministratorsSeeTheList() {
		String refused = page("/console/recognition?from=2026-13-01", HttpStatus.BAD_REQUEST);
		assertThat(refused).contains("Nothing was saved", "id=\"field-from-problem\"", "value=\"2026-13-01\"");
		assertThat(page("/console/recognition?from=" + TODAY + "&to=" + TODAY.minusDays(1), HttpStatus.BAD_REQUEST))
			.contains("id=\"field-to-problem\">must not be before the first day");
		admin().get()
			.uri("/console/recognition.csv?to=yesterday")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		for (String token : new String[] { TestIdentity.get().clinician("RC-A"), TestIdentity.get().director() }) {
			WebTestClient caller = as(token);
			caller.get().uri("/console/recognition").exchange().expectStatus().isForbidden();
			caller.get().uri("/console/recognition.csv").exchange().expectStatus().isForbidden();
		}
	}

	private void tally(String supporterId, Instant at, int count) {
		for (int i = 0; i < count; i++) {
			this.jdbc.update("INSERT INTO supporter_checkin_tally (supporter_id, completed_at) VALUES (?, ?)",
					supporterId, Timestamp.from(at.truncatedTo(ChronoUnit.SECONDS)));
		}
	}

	private String csv(String path) {
		return admin().get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** The count in the row of the named supporter. */
	private static String countOf(String page, String name) {
		int at = page.indexOf("<tr><td>" + name + "</td><td>");
		assertThat(at).as(name + " is listed").isNotNegative();
		int start = at + ("<tr><td>" + name + "</td><td>").length();
		return page.substring(start, page.indexOf("</td>", start));
	}

}
