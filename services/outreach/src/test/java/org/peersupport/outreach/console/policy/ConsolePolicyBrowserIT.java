package org.peersupport.outreach.console.policy;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.peersupport.outreach.policy.OutreachPolicies;
import org.peersupport.outreach.policy.PolicyVersion;
import org.peersupport.testkit.BrowserPage;
import org.peersupport.testkit.AccessibilityCheck;
import org.peersupport.testkit.HeadlessChromium;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TestSignInProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The policy and templates pages in a real headless Chromium, signed in for real as an
 * administrator of one facility: a value typed with the keyboard that the policy's reader
 * refuses shows next to its field and the old version stays in force; a template's
 * preview shows unsaved text; no serious accessibility violation on any page; each page
 * fits a tablet (820 px). Screenshots are kept in {@code target/screenshots/}. Skipped
 * only when Chromium is not installed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConsolePolicyBrowserIT {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String FACILITY = "BROWSER-" + UUID.randomUUID().toString().substring(0, 8);

	/** Signs every browser in as an administrator of {@link #FACILITY}. */
	private static final TestSignInProvider signIn = new TestSignInProvider("admin-browser",
			Map.of("staff_id", "AB-1", "facilities", java.util.List.of(FACILITY)), "ADMINISTRATOR");

	@LocalServerPort
	int port;

	@Autowired
	OutreachPolicies policies;

	private WebDriver browser;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("outreach").forEach((key, value) -> registry.add(key, () -> value));
		registry.add("spring.kafka.listener.auto-startup", () -> "false");
		String group = "outreach-console-browser-" + UUID.randomUUID();
		registry.add("spring.kafka.consumer.group-id", () -> group);
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
	void aRefusedValueShowsNextToItsFieldAndTheOldPolicyStaysInForce() throws IOException {
		open("/console/policy?facility=" + FACILITY, "field-acceptWithin");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		// A valid change first, typed: version 1.
		type("field-acceptWithin", "3").sendKeys(Keys.ENTER);
		wait(PATIENCE).until((driver) -> driver.getPageSource().contains("Policy saved"));
		assertThat(this.policies.current(FACILITY).version()).isEqualTo(1);
		// Then one the reader refuses.
		type("field-acceptWithin", "0").sendKeys(Keys.ENTER);
		WebElement problem = wait(PATIENCE).until(
				(driver) -> driver.findElements(By.id("field-acceptWithin-problem")).stream().findFirst().orElse(null));
		assertThat(problem.getText()).isEqualTo("must be longer than zero");
		WebElement field = this.browser.findElement(By.id("field-acceptWithin"));
		assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(field.getAttribute("aria-describedby")).contains("field-acceptWithin-problem");
		assertThat(field.getAttribute("value")).isEqualTo("0");
		assertThat(this.browser.findElement(By.cssSelector(".problems")).getText())
			.contains("Time supporters get to accept an offer: must be longer than zero");
		PolicyVersion inForce = this.policies.current(FACILITY);
		assertThat(inForce.version()).as("the old policy stays in force").isEqualTo(1);
		assertThat(inForce.policy().acceptWithin()).isEqualTo("PT3H");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
		BrowserPage.screenshot(this.browser, "console-policy.png");

		// What would happen: chosen with the keyboard (the time is 23:10 unless changed),
		// from the policy in force.
		WebElement harm = this.browser.findElement(By.id("field-preview-harm"));
		harm.sendKeys("Moderate");
		this.browser.findElement(By.id("show-preview")).sendKeys(Keys.ENTER);
		WebElement outcome = wait(PATIENCE)
			.until((driver) -> driver.findElements(By.id("outcome")).stream().findFirst().orElse(null));
		assertThat(outcome.getText()).contains("Inside quiet hours 21:00–07:00, so held until they end.")
			.containsPattern("Offered [A-Z][a-z]+day \\d+ [A-Z][a-z]{2}, 07:00");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", outcome);
		BrowserPage.screenshot(this.browser, "console-policy-preview.png");

		open("/console/policy/history?facility=" + FACILITY, "version-1");
		assertThat(this.browser.findElement(By.id("version-1")).getText()).contains("Saved by AB-1")
			.contains("Time supporters get to accept an offer");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		BrowserPage.screenshot(this.browser, "console-policy-history.png");
	}

	@Test
	void aTemplatesPreviewShowsTheUnsavedTextForTheSamplePerson() throws IOException {
		open("/console/templates?facility=" + FACILITY, "field-email-body");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		WebElement body = type("field-email-body", "Hello {{name}}, we check in with everyone at {{facility}}.");
		body.findElement(By.xpath("ancestor::form//button[@value='preview']")).click();
		// The click reloads the page: an element found before the new page arrives goes
		// stale, so look again until the new page's preview is there.
		String previewed = wait(PATIENCE).ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.findElements(By.id("template-email-preview"))
				.stream()
				.map(WebElement::getText)
				.filter((text) -> text.contains("unsaved"))
				.findFirst()
				.orElse(null));
		assertThat(previewed).contains("Hello Sam Sample (example), we check in with everyone at " + FACILITY + ".");
		WebElement preview = this.browser.findElement(By.id("template-email-preview"));
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", preview);
		BrowserPage.screenshot(this.browser, "console-templates.png");
	}

	@Test
	void everyPageFitsATablet() throws IOException {
		this.browser.manage().window().setSize(BrowserPage.TABLET);
		for (String page : new String[] { "/console/policy", "/console/policy/history", "/console/templates" }) {
			open(page + "?facility=" + FACILITY, "main");
			BrowserPage.assertFits(this.browser, page);
		}
		open("/console/policy?facility=" + FACILITY, "main");
		BrowserPage.screenshot(this.browser, "console-policy-tablet.png");
	}

	private void open(String path, String waitFor) {
		this.browser.get("http://localhost:" + this.port + path);
		wait(PATIENCE).withMessage(() -> "still at " + this.browser.getCurrentUrl())
			.until((driver) -> driver.getCurrentUrl().contains(path.substring(0, path.indexOf('?')))
					&& !driver.findElements(By.id(waitFor)).isEmpty());
	}

	/** Focuses the field, selects what is in it and types over it, as a person would. */
	private WebElement type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.click();
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		field.sendKeys(text);
		return field;
	}

	private WebDriverWait wait(Duration patience) {
		WebDriverWait wait = new WebDriverWait(this.browser, patience);
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

}
