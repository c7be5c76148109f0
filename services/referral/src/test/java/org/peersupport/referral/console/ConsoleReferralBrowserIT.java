package org.peersupport.referral.console;

import java.io.IOException;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.peersupport.referral.catalog.SupportResource;
import org.peersupport.testkit.BrowserPage;
import org.peersupport.testkit.AccessibilityCheck;
import org.peersupport.testkit.HeadlessChromium;
import org.peersupport.testkit.TestSignInProvider;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Resources and On-call pages in a real headless Chromium, signed in for real as a
 * program administrator (the browser goes to the test identity provider and comes back
 * with a code): a resource changed with the keyboard alone, a refused field shown next to
 * its input, no serious accessibility violation on any page, each page fitting a tablet's
 * 820-pixel width, and a screenshot of each kept under {@code target/screenshots/}.
 * Skipped only when Chromium is not installed.
 */
class ConsoleReferralBrowserIT extends ConsolePagesTest {

	/**
	 * Signs every browser in as an administrator for the whole program. It lives as long
	 * as the JVM, as the test identity provider does, so a rerun of a failed test still
	 * signs in.
	 */
	private static final TestSignInProvider signIn = new TestSignInProvider("admin-browser", "ADMINISTRATOR");

	@LocalServerPort
	int port;

	private WebDriver browser;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		infrastructure(registry, "referral-console-browser-" + UUID.randomUUID());
		pageSignIn(registry, signIn.authorizationUri(), signIn.tokenUri(), signIn.jwkSetUri());
		// Plain HTTP on localhost: the session cookie cannot be a secure one here.
		registry.add("peersupport.security.secure-cookies", () -> "false");
		registry.add("peersupport.referral.crisis.on-call[0].lead-id", () -> "LEAD-1");
		registry.add("peersupport.referral.crisis.on-call[0].pager-id", () -> "PAGER-1");
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
	void aResourceIsChangedWithTheKeyboardAlone() throws IOException {
		open("/console/resources", "Resources");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		BrowserPage.screenshot(this.browser, "console-resources.png");

		BrowserPage.tabTo(this.browser, (element) -> "Counselling and therapy referral".equals(element.getText()))
			.sendKeys(Keys.ENTER);
		waitForHeading("Counselling and therapy referral");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();

		// A web page that is not one: refused next to its field, nothing saved.
		replaceText(BrowserPage.tabTo(this.browser, "field-url"), "not a web address");
		BrowserPage.tabTo(this.browser, (element) -> "Save changes".equals(element.getText())).sendKeys(Keys.ENTER);
		new WebDriverWait(this.browser, PATIENCE).ignoring(StaleElementReferenceException.class)
			.until((driver) -> !driver.findElements(By.id("field-url-problem")).isEmpty());
		assertThat(this.browser.findElement(By.id("field-url-problem")).getText())
			.isEqualTo("must be an absolute http or https URL");
		assertThat(this.browser.findElement(By.id("field-url")).getAttribute("aria-describedby"))
			.isEqualTo("field-url-problem");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		BrowserPage.assertFits(this.browser, "the resource page with a problem");
		assertThat(resource().url()).isNull();

		// The summary's link takes the keyboard to the field.
		BrowserPage.tabTo(this.browser, (element) -> "Web page".equals(element.getText())).sendKeys(Keys.ENTER);
		assertThat(this.browser.switchTo().activeElement().getAttribute("id")).isEqualTo("field-url");
		replaceText(this.browser.switchTo().activeElement(), "https://counselling.example.org");
		replaceText(BrowserPage.tabTo(this.browser, "field-hours"), "Weekdays, 9 to 5");
		BrowserPage.tabTo(this.browser, (element) -> "Save changes".equals(element.getText())).sendKeys(Keys.ENTER);
		new WebDriverWait(this.browser, PATIENCE).ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.getCurrentUrl().endsWith("?done=saved"));
		assertThat(this.browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Resource saved.");
		SupportResource saved = resource();
		assertThat(saved.url()).isEqualTo("https://counselling.example.org");
		assertThat(saved.hours()).isEqualTo("Weekdays, 9 to 5");

		this.browser.manage().window().setSize(BrowserPage.TABLET);
		open("/console/resources", "Resources");
		BrowserPage.assertFits(this.browser, "on a tablet in portrait");
	}

	@Test
	void theOnCallPageIsAccessibleAndFitsATablet() throws IOException {
		open("/console/on-call", "On-call rota");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Only one lead is on call")
			.contains("LEAD-1");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		BrowserPage.screenshot(this.browser, "console-on-call.png");

		replaceText(BrowserPage.tabTo(this.browser, "field--1--leadId"), "LEAD-2");
		replaceText(BrowserPage.tabTo(this.browser, "field--1--pagerId"), "PAGER-2");
		BrowserPage.tabTo(this.browser, (element) -> "Save the rota".equals(element.getText())).sendKeys(Keys.ENTER);
		new WebDriverWait(this.browser, PATIENCE).ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.getCurrentUrl().endsWith("?done=saved"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).doesNotContain("Only one lead")
			.contains("LEAD-2");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();

		this.browser.manage().window().setSize(BrowserPage.TABLET);
		open("/console/on-call", "On-call rota");
		BrowserPage.assertFits(this.browser, "on a tablet in portrait");
	}

	/** Opens a page (signing in on the first), and waits for its heading. */
	private void open(String path, String heading) {
		this.browser.get("http://localhost:" + this.port + path);
		waitForHeading(heading);
	}

	private void waitForHeading(String heading) {
		new WebDriverWait(this.browser, PATIENCE).ignoring(StaleElementReferenceException.class)
			.withMessage(() -> "still at " + this.browser.getCurrentUrl())
			.until((driver) -> driver.findElements(By.tagName("h1"))
				.stream()
				.anyMatch((h1) -> heading.equals(h1.getText())));
	}

	private static void replaceText(WebElement field, String text) {
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		field.sendKeys(text);
	}

	private SupportResource resource() {
		return administrator().get()
			.uri("/api/v1/resources/THERAPY-REFERRAL")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(SupportResource.class)
			.returnResult()
			.getResponseBody();
	}

}
