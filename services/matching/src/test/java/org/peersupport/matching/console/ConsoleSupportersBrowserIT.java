package org.peersupport.matching.console;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.peersupport.matching.SupporterTestSupport;
import org.peersupport.testkit.BrowserPage;
import org.peersupport.testkit.HeadlessChromium;
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
 * The supporters, supporter and recognition pages in a real headless Chromium, signed in
 * for real as a program administrator (who also volunteers as a supporter, so their own
 * portal opens too): training is recorded with the keyboard alone, every page passes the
 * accessibility check and fits a tablet's 820px, and each page's screenshot is kept in
 * {@code target/screenshots/}. Skipped only when Chromium is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class ConsoleSupportersBrowserIT {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final int SMTP_PORT = SupporterTestSupport.freePort();

	private static final GreenMail SMTP = SupporterTestSupport.startMailServer(SMTP_PORT);

	private static final String ADMIN = "BR-ADMIN";

	/** Signs every browser in as a program administrator who is on the roster too. */
	private static final TestSignInProvider signIn = new TestSignInProvider("admin-browser", Map.of("staff_id", ADMIN),
			"ADMINISTRATOR");

	private static final String ROSTER = """
			staffId,name,email,department,role,supervisorId,supporter,trained,maxActive
			BR-ADMIN,Ari Admin,ari@hospital.test,ED,RN,,true,true,3
			BR-SUP,Sky Supporter,sky@hospital.test,Surgery,MD,,true,true,2
			""";

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
		SupporterTestSupport.importRoster(this.http, ROSTER);
		this.browser = BrowserPage.open();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void anAdministratorRecordsTrainingWithTheKeyboardAloneAndEveryPageIsAccessibleAndFitsATablet() throws IOException {
		open("/console/supporters");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Supporters");
		assertThat(this.browser.findElement(By.id("supporters")).getText()).contains("Sky Supporter", "Ari Admin");
		BrowserPage.check(this.browser, "console-supporters");

		open("/console/supporters/BR-SUP");
		LocalDate completed = LocalDate.now(ZoneOffset.UTC).minusDays(5);
		Actions keys = new Actions(this.browser);
		BrowserPage.tabTo(this.browser, "field-kind");
		keys.sendKeys(Keys.ARROW_DOWN).perform();
		BrowserPage.tabTo(this.browser, "field-completedOn");
		keys.sendKeys(completed.format(DateTimeFormatter.ofPattern("MMddyyyy"))).perform();
		assertThat(this.browser.findElement(By.id("field-completedOn")).getAttribute("value"))
			.as("the date as typed (month, day, year)")
			.isEqualTo(completed.toString());
		BrowserPage.tabTo(this.browser, "record-training");
		keys.sendKeys(Keys.ENTER).perform();
		new WebDriverWait(this.browser, PATIENCE).ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.getCurrentUrl().endsWith("/console/supporters/BR-SUP?done=training"));
		assertThat(this.browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Training recorded.");
		assertThat(this.browser.findElement(By.id("training-records")).getText())
			.contains("Core peer-support training (5 hours)");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM training_record WHERE staff_id = 'BR-SUP' AND kind = 'CORE_5H' AND completed_on = ?",
				Integer.class, completed))
			.isEqualTo(1);
		BrowserPage.check(this.browser, "console-supporter");

		this.jdbc.update("INSERT INTO supporter_checkin_tally (supporter_id, completed_at) VALUES (?, ?)", "BR-SUP",
				Timestamp.from(Instant.now().minus(Duration.ofDays(2))));
		open("/console/recognition");
		assertThat(this.browser.findElement(By.id("recognition")).getText()).contains("Sky Supporter");
		BrowserPage.check(this.browser, "console-recognition");

		// The administrator's own portal, as a supporter: the recognition choice.
		open("/portal/" + ADMIN);
		assertThat(this.browser.findElement(By.id("recognition")).getText())
			.contains("List me in the program's recognition of supporters");
		BrowserPage.check(this.browser, "portal-recognition");
	}

	private void open(String path) {
		String url = "http://localhost:" + this.port + path;
		this.browser.get(url);
		new WebDriverWait(this.browser, PATIENCE).ignoring(StaleElementReferenceException.class)
			.withMessage(() -> "still at " + this.browser.getCurrentUrl())
			.until((driver) -> driver.getCurrentUrl().startsWith(url)
					&& !driver.findElements(By.tagName("h1")).isEmpty());
	}

}
