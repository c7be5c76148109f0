package org.peersupport.matching.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.Topics;
import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.matching.SupporterTestSupport;
import org.peersupport.testkit.BrowserPage;
import org.peersupport.testkit.HeadlessChromium;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TestSignInProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The roster and the manual assignment in a real headless Chromium, signed in for real as
 * an administrator (the test identity provider): a file with a bad row shows that row
 * with its line before anything changes, then applies; the directory is searched; a case
 * is assigned to a chosen supporter with the keyboard alone. Every page passes the
 * accessibility check, fits a tablet's 820 pixels, and is kept as a screenshot in
 * {@code target/screenshots/}. Skipped only when Chromium is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class ConsoleRosterBrowserIT {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final int SMTP_PORT = SupporterTestSupport.freePort();

	private static final GreenMail SMTP = SupporterTestSupport.startMailServer(SMTP_PORT);

	/** Signs every browser in as a program administrator without a facility limit. */
	private static final TestSignInProvider signIn = new TestSignInProvider("admin-browser", "ADMINISTRATOR");

	private static final String HEADER = "staffId,name,email,department,role,supervisorId,supporter,trained,maxActive,facility\n";

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient http;

	@Autowired
	JdbcTemplate jdbc;

	private WebDriver browser;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("matching").forEach((key, value) -> registry.add(key, () -> value));
		String group = "matching-browser-it-" + UUID.randomUUID();
		registry.add("spring.kafka.consumer.group-id", () -> group);
		registry.add("peersupport.matching.cool-down", () -> "PT0S");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("peersupport.links.secret", () -> SupporterTestSupport.LINK_SECRET);
		signIn.pageSignInProperties().forEach((key, value) -> registry.add(key, () -> value));
	}

	@AfterAll
	static void stopMail() {
		SMTP.stop();
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
	void aRejectedRowIsShownWithItsLineBeforeTheFileIsApplied() throws Exception {
		open("/console/roster");
		BrowserPage.check(this.browser, "console-roster.png");

		Path file = Files.createTempFile("roster", ".csv");
		Files.writeString(file,
				HEADER + id("A") + ",Ana Added,ana-" + this.run + "@hospital.test,ICU,RN,,false,false,0,MAIN\n"
						+ id("B") + ",Bea Broken,bea-" + this.run + "@hospital.test,ICU,RN,,perhaps,false,0,MAIN\n");
		this.browser.findElement(By.id("field-file")).sendKeys(file.toAbsolutePath().toString());
		this.browser.findElement(By.xpath("//button[normalize-space()='Preview the changes']")).click();
		waitFor(until("Roster preview"));
		WebElement row = this.browser.findElement(By.xpath("//table//tr[td[2][normalize-space()='" + id("B") + "']]"));
		assertThat(row.findElements(By.tagName("td")).get(0).getText()).as("its line in the file").isEqualTo("3");
		assertThat(row.getText()).contains("Supporter must be true or false, was 'perhaps'.");
		assertThat(count(id("A"))).as("nothing changed by the preview").isZero();
		BrowserPage.check(this.browser, "console-roster-preview.png");

		this.browser.findElement(By.xpath("//button[normalize-space()='Apply this file']")).click();
		waitFor((driver) -> driver.getCurrentUrl().endsWith("/console/roster?done=applied"));
		assertThat(this.browser.findElement(By.cssSelector("p.notice")).getText()).contains("The roster was imported");
		assertThat(count(id("A"))).isOne();
		assertThat(count(id("B"))).isZero();

		open("/console/roster/directory?q=" + this.run);
		assertThat(this.browser.findElement(By.tagName("table")).getText()).contains("Ana Added", id("A"), "MAIN");
		BrowserPage.check(this.browser, "console-directory.png");
	}

	@Test
	void aCaseIsAssignedToAChosenSupporterWithTheKeyboardAlone() throws Exception {
		SupporterTestSupport.importRoster(this.http,
				HEADER + id("CL") + ",Cal Clinician,cal-" + this.run + "@hospital.test,ICU,RN,,false,false,0,MAIN\n"
						+ id("S1") + ",Sam First,sam-" + this.run + "@hospital.test,ED,RN,,true,true,5,MAIN\n"
						+ id("S2") + ",Sky Second,sky-" + this.run + "@hospital.test,ED,RN,,true,true,5,MAIN\n"
						+ id("S3") + ",Sol Paused,sol-" + this.run + "@hospital.test,ED,RN,,true,true,5,MAIN\n");
		SupporterTestSupport.admin(this.http)
			.post()
			.uri("/api/v1/supporters/{s}/pause", id("S3"))
			.exchange()
			.expectStatus()
			.isOk();
		String caseId = due(id("CL"));
		String first = String.valueOf(SupporterTestSupport.awaitOffer(this.jdbc, caseId).get("supporter_id"));
		String chosen = id("S3");

		open("/console/cases/" + caseId + "/assign");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Severe harm", "Cal Clinician",
				"They are paused");
		BrowserPage.check(this.browser, "console-assign.png");

		Actions keys = new Actions(this.browser);
		String radio = "supporter-" + chosen;
		for (int i = 0; i < 100 && !"radio".equals(active("type")); i++) {
			keys.sendKeys(Keys.TAB).perform();
		}
		for (int i = 0; i < 50 && !radio.equals(active("id")); i++) {
			keys.sendKeys(Keys.ARROW_DOWN).perform();
		}
		assertThat(active("id")).as("the chosen supporter's choice has the focus").isEqualTo(radio);
		keys.sendKeys(Keys.SPACE).perform();
		for (int i = 0; i < 100 && !"Offer the case to this supporter".equals(active("textContent")); i++) {
			keys.sendKeys(Keys.TAB).perform();
		}
		keys.sendKeys(Keys.ENTER).perform();
		waitFor((driver) -> driver.getCurrentUrl().endsWith("/assign?done=assigned"));
		assertThat(this.browser.findElement(By.cssSelector("p.notice")).getText())
			.contains("offered to the supporter you chose");
		assertThat(this.jdbc.queryForList(
				"SELECT supporter_id FROM offer WHERE case_id = ?::uuid AND status = 'OFFERED'", String.class, caseId))
			.containsExactly(chosen);
		assertThat(this.jdbc.queryForObject(
				"SELECT e.explanation->>'assignedBy' FROM offer o JOIN offer_explanation e ON e.offer_id = o.id "
						+ "WHERE o.case_id = ?::uuid AND o.status = 'OFFERED'",
				String.class, caseId))
			.as("the signed-in administrator")
			.isEqualTo("admin-browser");
		assertThat(first).isNotEqualTo(chosen);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
		waitFor((driver) -> driver.getCurrentUrl().startsWith("http://localhost:" + this.port + "/console")
				&& !driver.findElements(By.tagName("h1")).isEmpty());
	}

	private String active(String property) {
		Object value = ((JavascriptExecutor) this.browser).executeScript(
				"const e = document.activeElement; return e ? String(e[arguments[0]]).trim() : '';", property);
		return String.valueOf(value);
	}

	private java.util.function.Function<WebDriver, Boolean> until(String title) {
		return (driver) -> driver.findElements(By.tagName("h1")).stream().anyMatch((h1) -> h1.getText().equals(title));
	}

	private void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(this.browser, PATIENCE).ignoring(StaleElementReferenceException.class)
			.withMessage(() -> "still at " + this.browser.getCurrentUrl())
			.until(condition::apply);
	}

	private String id(String name) {
		return "CB-" + name + "-" + this.run;
	}

	private int count(String staffId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM staff_member WHERE staff_id = ?", Integer.class, staffId);
	}

	private static String due(String staffId) {
		String caseId = UUID.randomUUID().toString();
		Instant now = Instant.now();
		OutreachDue due = new OutreachDue(caseId, staffId, List.of(UUID.randomUUID().toString()), List.of(),
				HarmLevel.SEVERE, false, "MAIN", "ICU", now, now, now.plus(Duration.ofHours(24)), null, null);
		SupporterTestSupport.send(Topics.OUTREACH_DUE, staffId,
				EventEnvelope.wrap(Events.OUTREACH_DUE, "/test", caseId, now, due, EventJson.mapper()));
		return caseId;
	}

}
