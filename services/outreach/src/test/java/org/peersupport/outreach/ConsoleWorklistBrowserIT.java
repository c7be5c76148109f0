package org.peersupport.outreach;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.peersupport.shredding.PersonKeys;
import org.peersupport.testkit.BrowserPage;
import org.peersupport.testkit.AccessibilityCheck;
import org.peersupport.testkit.HeadlessChromium;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TestSignInProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The worklist in a real headless Chromium, signed in for real as a program administrator
 * of one facility: the worklist, then a case, then "contacted outside the platform", all
 * with the keyboard alone (Tab and Enter, no clicks). Both pages pass the accessibility
 * check, fit a tablet's 820px width, and are kept as screenshots in
 * {@code target/screenshots/}. Skipped only when Chromium is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleWorklistBrowserIT {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String FACILITY = "BROWSER-NORTH";

	private static final String ACTOR = "ADM-BROWSER";

	/** Lives as long as the JVM, so a rerun of a failed test still signs in. */
	private static final TestSignInProvider signIn = new TestSignInProvider("user-" + ACTOR,
			Map.of("staff_id", ACTOR, "facilities", List.of(FACILITY)), "ADMINISTRATOR");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonKeys keys;

	private WebDriver browser;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("outreach").forEach((key, value) -> registry.add(key, () -> value));
		registry.add("spring.kafka.consumer.group-id", () -> "outreach-console-browser-" + UUID.randomUUID());
		signIn.pageSignInProperties().forEach((key, value) -> registry.add(key, () -> value));
	}

	@BeforeEach
	void openBrowser() {
		assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
		this.browser = BrowserPage.open();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void worklistThenCaseThenContactOutsideThePlatformByKeyboardAlone() throws Exception {
		String clinician = "BR-" + UUID.randomUUID().toString().substring(0, 8);
		UUID caseId = openCase(clinician);
		this.jdbc.update(
				"INSERT INTO staff_profile (staff_id, name, role, department, active, updated_at) VALUES (?, ?, 'RN', 'ICU', true, ?)",
				clinician, this.keys.seal(clinician, "Maria Okafor"), Timestamp.from(Instant.now()));
		WebDriverWait wait = new WebDriverWait(this.browser, PATIENCE);
		wait.ignoring(StaleElementReferenceException.class);

		this.browser.get("http://localhost:" + this.port + "/console");
		wait.withMessage(() -> "still at " + this.browser.getCurrentUrl())
			.until((driver) -> driver.getCurrentUrl().startsWith("http://localhost:" + this.port + "/console")
					&& !driver.findElements(By.cssSelector("tr[data-case='" + caseId + "']")).isEmpty());
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Worklist");
		assertThat(this.browser.findElement(By.cssSelector("tr[data-case='" + caseId + "']")).getText())
			.contains("Needs a supporter — nobody accepted in time, offers ran out")
			.contains("Severe harm")
			.contains("Maria Okafor")
			.contains("Staff ID " + clinician);
		BrowserPage.check(this.browser, "console-worklist.png");

		BrowserPage.tabTo(this.browser,
				(element) -> String.valueOf(element.getAttribute("href")).endsWith("/console/cases/" + caseId));
		new Actions(this.browser).sendKeys(Keys.ENTER).perform();
		wait.until((driver) -> driver.getCurrentUrl().endsWith("/console/cases/" + caseId));
		assertThat(this.browser.findElement(By.id("case-reasons")).getText())
			.contains("Needs a supporter — nobody accepted in time, offers ran out");
		assertThat(this.browser.findElement(By.id("case-clinician")).getText()).contains("Maria Okafor")
			.contains("Staff ID " + clinician);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Case of Maria Okafor");
		BrowserPage.check(this.browser, "console-case.png");

		BrowserPage.tabTo(this.browser, "record-contact");
		new Actions(this.browser).sendKeys(Keys.ENTER).perform();
		wait.until((driver) -> !driver.findElements(By.cssSelector(".notice")).isEmpty());
		assertThat(this.browser.findElement(By.cssSelector(".notice")).getText())
			.contains("Contact outside the platform recorded");
		assertThat(this.browser.findElement(By.id("case-status")).getText())
			.isEqualTo("Closed — contacted outside the platform");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		assertThat(this.jdbc.queryForMap("SELECT status, close_reason FROM outreach_case WHERE id = ?", caseId))
			.containsEntry("status", "CLOSED")
			.containsEntry("close_reason", "CONTACTED_OUTSIDE_PLATFORM");
		assertThat(this.jdbc.queryForObject("SELECT actor FROM case_action WHERE case_id = ?", String.class, caseId))
			.as("recorded with the signed-in administrator")
			.isEqualTo(ACTOR);
	}

	private UUID openCase(String staffId) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		Timestamp opened = Timestamp.from(now.minus(Duration.ofHours(30)));
		this.jdbc.update(
				"""
						INSERT INTO outreach_case (id, staff_id, status, harm, high_impact, facility, unit, first_received_at,
						    due_at, window_ends_at, attention_reason, opened_at, updated_at, source)
						VALUES (?, ?, 'NEEDS_ATTENTION', 'SEVERE', false, ?, 'ICU', ?, ?, ?, 'OFFERS_EXHAUSTED', ?, ?, 'INCIDENT')
						""",
				id, staffId, FACILITY, opened, opened, Timestamp.from(now.plus(Duration.ofHours(4))), opened, opened);
		this.jdbc.update(
				"INSERT INTO case_event (id, case_id, event_id, role, co_involved, added_at) VALUES (?, ?, ?, 'PRIMARY', 'X-1', ?)",
				UUID.randomUUID(), id, "event-" + id, opened);
		this.jdbc.update("INSERT INTO escalation (id, case_id, staff_id, reason, escalated_at) VALUES (?, ?, ?, ?, ?)",
				UUID.randomUUID(), id, staffId, "OFFERS_EXHAUSTED", Timestamp.from(now.minus(Duration.ofHours(3))));
		return id;
	}

}
