package org.peersupport.matching.portal;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
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
import org.openqa.selenium.support.ui.WebDriverWait;

import org.peersupport.matching.SupporterTestSupport;
import org.peersupport.testkit.AccessibilityCheck;
import org.peersupport.testkit.HeadlessChromium;
import org.peersupport.testkit.KeyboardOnly;
import org.peersupport.testkit.TestSignInProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The supporter's portal and the offer e-mail's pages in a real headless Chromium, the
 * supporter signed in for real through the test identity provider: every page (the
 * portal, the confirmation and answer of an e-mail link, the recorded check-in, the
 * problem pages) passes the accessibility check with no serious or critical violation,
 * and an offer is accepted, a check-in recorded and an e-mail link answered with the
 * keyboard alone, the focus always visible. Screenshots go to
 * {@code target/screenshots/}. Skipped only when Chromium is not installed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class PortalBrowserIT {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final int SMTP_PORT = SupporterTestSupport.freePort();

	private static final GreenMail SMTP = SupporterTestSupport.startMailServer(SMTP_PORT);

	/** The only supporter on this test's roster, so every offer is theirs. */
	private static final String SUPPORTER = "PB-1";

	private static final String ROSTER = """
			staffId,name,email,department,role,supervisorId,supporter,trained,maxActive
			PB-1,Pat Browser,pat.browser@hospital.test,ED,RN,,true,true,20
			KB-1,Dana Reyes,dana@hospital.test,ICU,RN,,false,false,0
			KB-2,Ken Ito,ken@hospital.test,ICU,MD,,false,false,0
			KB-3,Ada Obi,ada@hospital.test,ICU,RN,,false,false,0
			""";

	/** The pages' buttons' colour: seen only when the stylesheet is applied. */
	private static final String CALM = "rgb(47, 111, 115)";

	/** Signs every browser in as the supporter; it lives as long as the JVM. */
	private static final TestSignInProvider signIn = new TestSignInProvider("user-" + SUPPORTER,
			Map.of("staff_id", SUPPORTER), "CLINICIAN");

	private static boolean rostered;

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SupporterLinks links;

	private WebDriver browser;

	private KeyboardOnly keyboard;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SupporterTestSupport.properties(registry, SMTP_PORT);
		// The real sign-in, in place of the support's endpoints that are never called.
		signIn.pageSignInProperties().forEach((key, value) -> registry.add(key, () -> value));
	}

	@BeforeEach
	void openBrowser() {
		assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
		if (!rostered) {
			rostered = true;
			SupporterTestSupport.importRoster(this.client, ROSTER);
		}
		this.browser = HeadlessChromium.open();
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(45));
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
		this.keyboard = new KeyboardOnly(this.browser);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@AfterAll
	static void stopMail() {
		SMTP.stop();
	}

	@Test
	void anOfferIsAcceptedAndItsCheckInRecordedWithTheKeyboardAlone() {
		String offerId = offer("KB-1");
		open("/portal/" + SUPPORTER);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hello, Pat Browser");
		assertThat(buttonColour()).as("the stylesheet is applied despite the content security policy").isEqualTo(CALM);
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		this.keyboard.screenshot("portal-offer");

		this.keyboard.tabTo(By.cssSelector("form[action$='/offers/" + offerId + "/accept'] button"));
		assertThat(this.keyboard.focusIndicator()).startsWith("outline 3px");
		this.keyboard.press(Keys.ENTER);
		new WebDriverWait(this.browser, PATIENCE).ignoring(StaleElementReferenceException.class)
			.until((driver) -> !driver.findElements(By.cssSelector("form[action$='/offers/" + offerId + "/checkins']"))
				.isEmpty());
		assertThat(status(offerId)).isEqualTo("ACCEPTED");

		// The outcome form is folded away: open it from the keyboard, tick, send.
		this.keyboard.tabTo(By.xpath("//summary[normalize-space()='Record the outcome of a check-in']"));
		assertThat(this.keyboard.focusIndicator()).startsWith("outline 3px");
		this.keyboard.press(Keys.ENTER);
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		this.keyboard.screenshot("portal-case");
		this.keyboard.tabTo(By.cssSelector("input[name=contact][value=REACHED]"));
		assertThat(this.keyboard.focusIndicator()).startsWith("outline 3px");
		this.keyboard.press(Keys.SPACE);
		this.keyboard.tabTo(By.cssSelector("input[name=needs][value=SLEEP]"));
		this.keyboard.press(Keys.SPACE);
		this.keyboard.tabTo(By.cssSelector("input[name=followUpWanted]"));
		this.keyboard.press(Keys.SPACE);
		this.keyboard.tabTo(By.xpath("//button[normalize-space()='Record outcome']"));
		this.keyboard.press(Keys.ENTER);

		new WebDriverWait(this.browser, PATIENCE).ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.findElement(By.tagName("h1")).getText().equals("Check-in recorded"));
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		this.keyboard.screenshot("portal-checkin-recorded");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM checkin WHERE offer_id = ?::uuid AND contact = 'REACHED'", Integer.class,
				offerId))
			.isEqualTo(1);
	}

	@Test
	void anEmailLinkIsConfirmedWithTheKeyboardAloneAndItsAnswerAndProblemPagesAreAccessible() {
		String offerId = offer("KB-2");
		URI link = URI.create(this.links.offer(UUID.fromString(offerId), LinkAction.DECLINE, null).url());
		// The link works without a session: nobody has signed in in this browser.
		this.browser.get(address(link.getRawPath() + "?" + link.getRawQuery()));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Decline the check-in?");
		assertThat(buttonColour()).as("the stylesheet loads without a session too").isEqualTo(CALM);
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		this.keyboard.screenshot("offer-link-confirm");
		this.keyboard.tabTo(By.xpath("//button[normalize-space()='Yes, decline']"));
		assertThat(this.keyboard.focusIndicator()).startsWith("outline 3px");
		this.keyboard.press(Keys.ENTER);

		new WebDriverWait(this.browser, PATIENCE).ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.findElement(By.tagName("h1")).getText().equals("Thank you for letting us know"));
		assertThat(status(offerId)).isEqualTo("DECLINED");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		this.keyboard.screenshot("offer-link-answered");

		this.browser.get(address(TestLinks.expired(SupporterTestSupport.LINK_SECRET, "/offers/" + offerId + "/accept",
				offerId, "accept")));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("This link has expired");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		this.keyboard.screenshot("offer-link-expired");
	}

	@Test
	void anotherSupportersPageIsRefusedOnAnAccessiblePage() {
		open("/portal/" + SUPPORTER);
		this.browser.get(address("/portal/KB-3"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("This page is not yours");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		this.keyboard.screenshot("portal-not-yours");
	}

	/** Sends a due case for this clinician and returns the offer the engine makes. */
	private String offer(String clinician) {
		String caseId = SupporterTestSupport.sendDue(clinician, "MAIN", "ICU");
		Map<String, Object> offer = SupporterTestSupport.awaitOffer(this.jdbc, caseId);
		assertThat(offer.get("supporter_id")).isEqualTo(SUPPORTER);
		return offer.get("id").toString();
	}

	private String status(String offerId) {
		return await().atMost(PATIENCE)
			.until(() -> this.jdbc.queryForObject("SELECT status FROM offer WHERE id = ?::uuid", String.class, offerId),
					(status) -> !"OFFERED".equals(status));
	}

	/** Opens a page, signing in first if the browser has no session yet. */
	private void open(String path) {
		String address = address(path);
		this.browser.get(address);
		new WebDriverWait(this.browser, PATIENCE).ignoring(StaleElementReferenceException.class)
			.withMessage(() -> "still at " + this.browser.getCurrentUrl())
			.until((driver) -> driver.getCurrentUrl().startsWith(address)
					&& !driver.findElements(By.tagName("h1")).isEmpty());
	}

	private String buttonColour() {
		return String.valueOf(((JavascriptExecutor) this.browser)
			.executeScript("return getComputedStyle(document.querySelector('button')).backgroundColor"));
	}

	private String address(String path) {
		return "http://localhost:" + this.port + path;
	}

}
