package org.peersupport.outreach;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.outreachcase.OutreachCaseQueries;
import org.peersupport.outreach.outreachcase.OutreachCaseView;
import org.peersupport.shredding.PersonKeys;
import org.peersupport.testkit.AccessibilityCheck;
import org.peersupport.testkit.HeadlessChromium;
import org.peersupport.testkit.KeyboardOnly;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TestSignInProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The clinicians' pages in a real headless Chromium, signed in for real through the test
 * identity provider: each page (the form, its answer, a refused input) passes the
 * accessibility check with no serious or critical violation, shows its stylesheet (the
 * content security policy allows no inline style, so a stylesheet that was inline would
 * be dropped by the browser), and each form is filled in and sent with the keyboard
 * alone, the focus always visible. Screenshots go to {@code target/screenshots/}. Skipped
 * only when Chromium is not installed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ClinicianPagesBrowserIT {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String CLINICIAN = "PB-" + UUID.randomUUID().toString().substring(0, 8);

	/** The page buttons' colour: seen only when the stylesheet is applied. */
	private static final String CALM = "rgb(47, 111, 115)";

	/** Signs every browser in as one member of staff; it lives as long as the JVM. */
	private static final TestSignInProvider signIn = new TestSignInProvider("user-" + CLINICIAN,
			Map.of("staff_id", CLINICIAN), "CLINICIAN");

	@LocalServerPort
	int port;

	@Autowired
	OutreachCaseQueries queries;

	@Autowired
	Clinicians clinicians;

	@Autowired
	PersonKeys keys;

	private WebDriver browser;

	private KeyboardOnly keyboard;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("outreach").forEach((key, value) -> registry.add(key, () -> value));
		String group = "outreach-browser-" + UUID.randomUUID();
		registry.add("spring.kafka.consumer.group-id", () -> group);
		signIn.pageSignInProperties().forEach((key, value) -> registry.add(key, () -> value));
	}

	@BeforeEach
	void openBrowser() {
		assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
		this.browser = HeadlessChromium.open();
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(45));
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1400));
		this.keyboard = new KeyboardOnly(this.browser);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theCheckInPageIsAccessibleStyledAndAskedWithTheKeyboardAlone() {
		open("/check-in");
		assertThat(this.browser.getTitle()).isEqualTo("Talk to a peer supporter · Peer Support");
		assertThat(css(By.cssSelector("button:not(.now)"), "background-color"))
			.as("the stylesheet is applied despite the content security policy")
			.isEqualTo(CALM);
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		this.keyboard.screenshot("check-in");

		// "This week" instead of today: Tab into the group, then the arrow key.
		this.keyboard.tabTo(By.cssSelector("input[name=when][value=TODAY]"));
		assertThat(this.keyboard.focusIndicator()).isNotEmpty();
		this.keyboard.press(Keys.ARROW_DOWN);
		assertThat(this.keyboard.focused().getAttribute("value")).isEqualTo("THIS_WEEK");
		// Past the button and back again with Shift+Tab: the order runs both ways.
		this.keyboard.tabTo(By.cssSelector("a[href='/my-records']"));
		assertThat(this.keyboard.focusIndicator()).isNotEmpty();
		this.keyboard.shiftTabTo(By.xpath("//button[normalize-space()='Ask for a check-in']"));
		assertThat(this.keyboard.focusIndicator()).as("the focused button shows it").startsWith("outline 3px");
		this.keyboard.press(Keys.ENTER);

		answered("Talk to a peer supporter");
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText()).isNotBlank();
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		this.keyboard.screenshot("check-in-answer");
		OutreachCaseView opened = await().atMost(PATIENCE).until(() -> {
			List<OutreachCaseView> cases = this.queries.forClinician(CLINICIAN);
			return cases.isEmpty() ? null : cases.get(0);
		}, (c) -> c != null);
		assertThat(opened.source()).isEqualTo(CaseSource.SELF_REQUEST);
	}

	@Test
	void aColleagueIsFoundPickedAndReferredWithTheKeyboardAloneAndARefusedSearchIsAccessible() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String colleague = "PBC-" + run;
		OutreachTraffic.send(Events.STAFF_DIRECTORY_ENTRY, colleague, colleague,
				new StaffDirectoryEntry(colleague, this.keys.seal(colleague, "Ada Keys " + run),
						colleague + "@hospital.test", "ICU", "RN", null, false, false, null, true, 0, Instant.now()));
		await().atMost(PATIENCE).until(() -> this.clinicians.profile(colleague).isPresent());

		open("/refer-a-colleague");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		this.keyboard.screenshot("refer-a-colleague");
		this.keyboard.tabTo(By.name("name"));
		assertThat(this.keyboard.focusIndicator()).isNotEmpty();
		this.keyboard.press(run, Keys.ENTER);

		new WebDriverWait(this.browser, PATIENCE).ignoring(StaleElementReferenceException.class)
			.until((driver) -> !driver.findElements(By.name("staffId")).isEmpty());
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		this.keyboard.screenshot("refer-a-colleague-found");
		this.keyboard.tabTo(By.cssSelector("input[name=staffId][value='" + colleague + "']"));
		this.keyboard.press(Keys.SPACE);
		this.keyboard.tabTo(By.name("named"));
		this.keyboard.press(Keys.SPACE);
		assertThat(this.browser.findElement(By.name("named")).isSelected()).isTrue();
		this.keyboard.tabTo(By.xpath("//button[normalize-space()='Ask the program to reach out']"));
		assertThat(this.keyboard.focusIndicator()).startsWith("outline 3px");
		this.keyboard.press(Keys.ENTER);

		answered("A word about a colleague");
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText())
			.contains("will reach out to your colleague");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		OutreachCaseView referred = await().atMost(PATIENCE).until(() -> {
			List<OutreachCaseView> cases = this.queries.forClinician(colleague);
			return cases.isEmpty() ? null : cases.get(0);
		}, (c) -> c != null);
		assertThat(referred.source()).isEqualTo(CaseSource.COLLEAGUE_REFERRAL);

		// A search too short is refused with the reason, on a page as accessible.
		open("/refer-a-colleague?name=x");
		assertThat(this.browser.findElement(By.cssSelector(".problems")).getText())
			.contains("must have at least 2 characters");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		this.keyboard.screenshot("refer-a-colleague-refused");
	}

	/** Opens a page, signing in first if the browser has no session yet. */
	private void open(String path) {
		String address = "http://localhost:" + this.port + path;
		this.browser.get(address);
		new WebDriverWait(this.browser, PATIENCE).ignoring(StaleElementReferenceException.class)
			.withMessage(() -> "still at " + this.browser.getCurrentUrl())
			.until((driver) -> driver.getCurrentUrl().startsWith(address)
					&& !driver.findElements(By.tagName("h1")).isEmpty());
	}

	private void answered(String title) {
		new WebDriverWait(this.browser, PATIENCE).ignoring(StaleElementReferenceException.class)
			.until((driver) -> !driver.findElements(By.cssSelector("[role=status]")).isEmpty());
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
	}

	private String css(By element, String property) {
		return String.valueOf(((JavascriptExecutor) this.browser).executeScript(
				"return getComputedStyle(arguments[0]).getPropertyValue(arguments[1])",
				this.browser.findElement(element), property));
	}

}
